using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Alerts;
using Chesanto.Domain.Attendance;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.People;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chesanto.Domain;

public static class DomainServices
{
    /// <summary>
    /// The database (SQLite by default, SQL Server when Database:Provider says so), Identity's stores
    /// and rules, and every domain service. The host adds sign-in, cookies, UI and the real email sender.
    /// </summary>
    public static IServiceCollection AddChesantoDomain(this IServiceCollection services, IConfiguration configuration, string? contentRoot = null)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<BusinessClock>();
        services.AddSingleton<IEventHub, InProcessEventHub>();
        services.AddSingleton<AttemptLimiter>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton(configuration.GetSection("App").Get<AppLinks>() ?? new AppLinks());

        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            var cs = configuration.GetConnectionString("Chesanto")
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Chesanto is not set.");
            services.AddDbContextFactory<SqlServerChesantoDbContext>((sp, o) => o.UseSqlServer(cs).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<IDbContextFactory<ChesantoDbContext>, ChesantoDbFactory<SqlServerChesantoDbContext>>();
        }
        else
        {
            var cs = SqliteInFolder(configuration.GetConnectionString("Sqlite") ?? "Data Source=App_Data/chesanto.db", contentRoot);
            services.AddDbContextFactory<SqliteChesantoDbContext>((sp, o) => o.UseSqlite(cs).AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
            services.AddScoped<IDbContextFactory<ChesantoDbContext>, ChesantoDbFactory<SqliteChesantoDbContext>>();
        }
        // Identity's stores take the context as a scoped service; everything else uses the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ChesantoDbContext>>().CreateDbContext());

        services.AddIdentityCore<ApplicationUser>(o =>
            {
                o.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 10;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(10);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ChesantoDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddScoped<IdentityScope>();
        services.AddScoped<AuditLog>();
        services.AddScoped<OtpService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<RegistrationService>();
        services.AddScoped<PasswordService>();
        services.AddScoped<SignInRules>();
        services.AddScoped<AdminBootstrap>();
        services.AddScoped<ProfileService>();
        services.AddScoped<PrimarySuperadmin>();
        services.AddScoped<EmployeeService>();
        services.AddScoped<CatalogService>();
        services.AddScoped<CatalogSeeder>();
        services.AddScoped<PriceListService>();
        services.AddScoped<PriceSeeder>();
        services.AddScoped<StockLedger>();
        services.AddScoped<StockSeeder>();
        services.AddScoped<SupplierSeeder>();
        services.AddScoped<PurchaseService>();
        services.AddScoped<Suppliers.SupplierPaymentService>();
        services.AddScoped<InventoryReportQueries>();
        services.AddScoped<WastageService>();
        services.AddScoped<StockCountService>();
        services.AddScoped<ReorderAdvisor>();
        services.AddScoped<ReorderAlertService>();
        services.AddScoped<AlertService>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddSingleton(configuration.GetSection("Attendance").Get<ShiftSchedule>() ?? new ShiftSchedule());
        services.AddSingleton<BoardSnapshot>();
        services.AddScoped<AttendanceService>();
        services.AddScoped<AttendanceBoard>();
        services.AddScoped<AttendanceSupervision>();
        services.AddScoped<AttendanceReports>();
        services.AddScoped<KioskService>();
        services.AddScoped<CrateLedger>();
        services.AddScoped<CrateSeeder>();
        services.AddScoped<UnitConversionService>();
        services.AddScoped<UnitConversionSeeder>();
        services.AddScoped<FinishedGoodsLedger>();
        services.AddScoped<ProductionService>();
        services.AddScoped<ProductionReportQueries>();
        services.AddScoped<DayClosingService>();
        services.AddScoped<DispatchService>();
        services.AddScoped<SettlementService>();
        services.AddScoped<SalesQueries>();
        services.AddScoped<SalesAlerts>();
        services.AddScoped<DaySheetQuery>();
        services.AddScoped<StockMonthQuery>();
        services.AddScoped<FinishedGoodsMonthQuery>();
        services.AddScoped<PayrollBookQuery>();
        services.AddScoped<PayrollPrefill>();
        services.AddScoped<PayrollService>();
        services.AddScoped<EmployeeBalances>();
        services.AddScoped<CasualLabourService>();
        services.AddScoped<RecipientService>();
        services.AddScoped<RecipientSeeder>();
        services.AddScoped<AccountingPeriods>();
        services.AddScoped<ExpenseService>();
        services.AddScoped<PettyCashService>();
        services.AddScoped<FuelService>();
        services.AddScoped<Books.PeriodSummaryQuery>();
        services.AddScoped<Books.ProfitAndLossService>();
        services.AddScoped<Reports.ReportService>();
        return services;
    }

    /// <summary>Resolves a relative database file against the app's folder and makes sure the folder exists.</summary>
    private static string SqliteInFolder(string connectionString, string? contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot ?? Directory.GetCurrentDirectory());
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
