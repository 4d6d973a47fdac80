using Chesanto.Domain.Common;
using Microsoft.AspNetCore.TestHost;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using netDumbster.smtp;

namespace Chesanto.Tests.Support;

/// <summary>
/// The whole app on a real Kestrel socket with a fresh SQLite file, sending real SMTP to an in-process
/// server, plus one headless Debian Chromium. Shared by every test of the "app" collection.
/// </summary>
public sealed class AppHost : IAsyncLifetime
{
    public const string AdminEmail = "ceo@chesanto.test";
    public const string AdminPassword = "Chesanto bread since 2012";

    private readonly string _dbPath = Path.Combine(Path.GetTempPath(), $"chesanto-app-{Guid.NewGuid():N}.db");
    private Factory _factory = default!;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public SimpleSmtpServer Smtp { get; private set; } = default!;
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _factory.Services;

    public Task InitializeAsync()
    {
        Smtp = SimpleSmtpServer.Start(FreePort());
        _factory = new Factory(_dbPath, Smtp.Configuration.Port);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("127.0.0.1", "localhost");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        Smtp.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_dbPath + suffix);
    }

    public HttpClient NewClient(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true, CookieContainer = new CookieContainer() })
            { BaseAddress = new Uri(BaseUrl) };

    /// <summary>A fresh browser context (its own cookies) on a phone-or-laptop sized window.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        if (_browser is null)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        }
        var context = await _browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = width, Height = height } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Waits for the newest email to this address whose subject contains the text.</summary>
    public async Task<MimeMessage> WaitForMailAsync(string to, string subjectContains, int after = 0)
    {
        for (var i = 0; i < 100; i++)
        {
            var match = Smtp.ReceivedEmail.Skip(after)
                .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data))))
                .LastOrDefault(m => m.To.Mailboxes.Any(a => a.Address.Equals(to, StringComparison.OrdinalIgnoreCase)) && (m.Subject ?? "").Contains(subjectContains));
            if (match is not null) return match;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No email '{subjectContains}' reached {to}.");
    }

    public int MailCount => Smtp.ReceivedEmailCount;

    /// <summary>Screenshots go to TestResults/screenshots, to look at what a user sees.</summary>
    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Factory(string dbPath, int smtpPort) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseStaticWebAssets(); // outside Development only a publish serves them
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={dbPath}");
            builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
            builder.UseSetting("Email:Smtp:Port", smtpPort.ToString());
            builder.UseSetting("Email:Smtp:Security", "None");
            builder.UseSetting("CHESANTO_ADMIN_EMAIL", AdminEmail);
            builder.UseSetting("CHESANTO_ADMIN_PASSWORD", AdminPassword);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new WorkingHoursTime()));
        }
    }

    /// <summary>
    /// The real clock, moved by a fixed offset when the suite starts outside the bakery's working day, so that a run
    /// at 22:00 does not find the books closed (21:00) for the clerks the journeys sign in as. Time still flows.
    /// </summary>
    private sealed class WorkingHoursTime : TimeProvider
    {
        private readonly TimeSpan _offset = OffsetFor(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, BusinessClock.Nairobi).Hour);

        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + _offset;

        private static TimeSpan OffsetFor(int nairobiHour) => nairobiHour switch
        {
            >= 19 => TimeSpan.FromHours(-10),
            < 6 => TimeSpan.FromHours(6),
            _ => TimeSpan.Zero,
        };
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppHost>
{
    public const string Name = "app";
}
