using Chesanto.Domain;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Chesanto.Tests.Support;

/// <summary>
/// The domain on a real, migrated SQLite file, with a settable clock and acting user and an
/// outbox that keeps every email. One per test class; <see cref="DisposeAsync"/> deletes the file.
/// </summary>
public sealed class DomainHost : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"chesanto-test-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = default!;

    /// <summary>Starts on a Tuesday morning in Nairobi (06:30 EAT).</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 3, 30, 0, TimeSpan.Zero));
    public FixedCurrentUser CurrentUser { get; } = new(Actor.System);
    public Outbox Outbox { get; } = new();
    public IServiceProvider Services => _services;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={_dbPath}",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddChesantoDomain(configuration);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ICurrentUser>(CurrentUser);
        services.AddSingleton<IEmailSender>(Outbox);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var db = await NewDbAsync();
        await db.Database.MigrateAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        if (_services is null) return;
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_dbPath + suffix);
    }

    /// <summary>A domain service as a page would get it (scoped services come from a fresh scope).</summary>
    public T Get<T>() where T : notnull => _services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async Task<ChesantoDbContext> NewDbAsync() =>
        await _services.CreateScope().ServiceProvider.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContextAsync();

    /// <summary>Creates a signed-up, approved, active user with a known password.</summary>
    public async Task<ApplicationUser> CreateUserAsync(string email, Role role, string password = "bakery-test-pass-1", bool primary = false)
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FirstName = email.Split('@')[0], LastName = "Test",
            Role = role, IsActive = true, IsApproved = true, IsPrimarySuperadmin = primary, CreatedAt = Time.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>Makes the given user the acting user of every following call.</summary>
    public void ActAs(ApplicationUser user) => CurrentUser.Actor = new Actor(user.Id, user.Email!, user.Role, "127.0.0.1");
}

/// <summary>Keeps every email "sent", newest last.</summary>
public sealed class Outbox : IEmailSender
{
    private readonly List<EmailMessage> _messages = [];
    public IReadOnlyList<EmailMessage> Messages { get { lock (_messages) return _messages.ToList(); } }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        lock (_messages) _messages.Add(message);
        return Task.CompletedTask;
    }

    public EmailMessage LastTo(string email) => Messages.Last(m => m.To == email);

    /// <summary>The 6-digit code in the newest email to this address.</summary>
    public string CodeSentTo(string email) =>
        System.Text.RegularExpressions.Regex.Match(LastTo(email).Body, @"\b(\d{6})\b").Groups[1].Value;
}
