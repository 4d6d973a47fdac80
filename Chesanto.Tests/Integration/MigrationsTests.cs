using Chesanto.Domain;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Tests.Integration;

public sealed class MigrationsTests
{
    [Fact]
    public async Task The_sqlite_migrations_match_the_model_and_create_every_table()
    {
        await using var host = new DomainHost();
        await host.InitializeAsync();
        await using var db = await host.NewDbAsync();

        Assert.IsType<SqliteChesantoDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Employees.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public void The_sql_server_migrations_match_the_model_and_make_an_idempotent_script()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Chesanto"] = "Server=127.0.0.1,1;Database=Chesanto;User Id=sa;Password=unused;TrustServerCertificate=True",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddChesantoDomain(configuration)
            .AddSingleton<ICurrentUser>(new FixedCurrentUser(Actor.System)).BuildServiceProvider();
        using var db = services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContext();

        Assert.IsType<SqlServerChesantoDbContext>(db);
        Assert.False(db.Database.HasPendingModelChanges());
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("IF NOT EXISTS", script);
        Assert.Contains("[MigrationId] = N'", script);
        foreach (var table in new[] { "[AspNetUsers]", "[Employees]", "[AuditEntries]", "[Invitations]", "[EmailOtps]" })
            Assert.Contains($"CREATE TABLE {table}", script);
    }
}
