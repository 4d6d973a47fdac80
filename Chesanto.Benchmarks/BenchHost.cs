using Chesanto.Domain;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Notifications;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Chesanto.Benchmarks;

/// <summary>The domain on a fresh, migrated and seeded SQLite file in the temp folder, acting as the system.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"chesanto-bench-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = default!;

    /// <summary><paramref name="time"/> replaces the system clock, for scenarios that step through business days.</summary>
    public static async Task<BenchHost> StartAsync(TimeProvider? time = null)
    {
        var host = new BenchHost();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={host._dbPath}",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddChesantoDomain(configuration);
        services.AddSingleton<ICurrentUser>(new FixedCurrentUser(Actor.System));
        if (time is not null) services.AddSingleton(time);
        services.AddSingleton<IEmailSender, DroppedEmails>();
        host._services = services.BuildServiceProvider();
        await using (var db = await host.Get<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync())
            await db.Database.MigrateAsync();
        await host.Get<ReferenceDataSeeder>().SeedAsync();
        return host;
    }

    public T Get<T>() where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>Alerts email the accountant; a benchmark times the posting, not a mail server.</summary>
    private sealed class DroppedEmails : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_dbPath + suffix);
    }
}
