using Chesanto.Domain.Accounts;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>Applies migrations and creates the first superadmin, printing its login once.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", true)) return;
        await using var scope = app.Services.CreateAsyncScope();
        var dbs = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>();
        await using (var db = await dbs.CreateDbContextAsync()) await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<Chesanto.Domain.ReferenceDataSeeder>().SeedAsync();

        var bootstrap = scope.ServiceProvider.GetRequiredService<AdminBootstrap>();
        var login = await bootstrap.EnsureAsync(app.Configuration["CHESANTO_ADMIN_EMAIL"], app.Configuration["CHESANTO_ADMIN_PASSWORD"]);
        if (login is null) return;
        var shown = string.IsNullOrEmpty(app.Configuration["CHESANTO_ADMIN_PASSWORD"]) ? login.Password : "(from CHESANTO_ADMIN_PASSWORD)";
        Console.WriteLine($"""

            ==== Chesanto is ready. First superadmin (shown once) ====
              Email:    {login.Email}
              Password: {shown}
            ===========================================================

            """);
    }
}
