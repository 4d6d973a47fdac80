using Chesanto.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddChesanto();

var app = builder.Build();
app.UseChesanto();
await app.PrepareDatabaseAsync();
if (await ConsoleCommands.TryRunAsync(app, args)) return;
await app.RunAsync();

public partial class Program;
