using Chesanto.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddChesanto();

var app = builder.Build();
app.UseChesanto();
await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;
