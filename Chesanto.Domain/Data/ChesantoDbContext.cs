using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Alerts;
using Chesanto.Domain.Audit;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Inventory;
using Chesanto.Domain.People;
using Chesanto.Domain.Production;
using Chesanto.Domain.Sales;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Data;

/// <summary>
/// The bakery's database. Each provider has a subclass (<see cref="SqliteChesantoDbContext"/>,
/// <see cref="SqlServerChesantoDbContext"/>) so each keeps its own migration set.
/// </summary>
public abstract class ChesantoDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<UserInvitation> Invitations => Set<UserInvitation>();
    public DbSet<EmailOtp> EmailOtps => Set<EmailOtp>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<InventoryItem> InventoryItems => Set<InventoryItem>();
    public DbSet<Mix> Mixes => Set<Mix>();
    public DbSet<MixIngredient> MixIngredients => Set<MixIngredient>();
    public DbSet<ProductPrice> ProductPrices => Set<ProductPrice>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<StockGuard> StockGuards => Set<StockGuard>();
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<Purchase> Purchases => Set<Purchase>();
    public DbSet<PurchaseLine> PurchaseLines => Set<PurchaseLine>();
    public DbSet<PurchaseSequence> PurchaseSequences => Set<PurchaseSequence>();
    public DbSet<Suppliers.SupplierPayment> SupplierPayments => Set<Suppliers.SupplierPayment>();
    public DbSet<WastageRecord> WastageRecords => Set<WastageRecord>();
    public DbSet<CrateMovement> CrateMovements => Set<CrateMovement>();
    public DbSet<CrateGuard> CrateGuards => Set<CrateGuard>();
    public DbSet<UnitConversion> UnitConversions => Set<UnitConversion>();
    public DbSet<ProductionDay> ProductionDays => Set<ProductionDay>();
    public DbSet<ProductionBatch> ProductionBatches => Set<ProductionBatch>();
    public DbSet<BatchIngredient> BatchIngredients => Set<BatchIngredient>();
    public DbSet<IndirectCost> IndirectCosts => Set<IndirectCost>();
    public DbSet<FinishedGoodsMovement> FinishedGoodsMovements => Set<FinishedGoodsMovement>();
    public DbSet<FinishedGoodsGuard> FinishedGoodsGuards => Set<FinishedGoodsGuard>();
    public DbSet<FinishedGoodsCount> FinishedGoodsCounts => Set<FinishedGoodsCount>();
    public DbSet<DailyProductionReport> DailyProductionReports => Set<DailyProductionReport>();
    public DbSet<SalesRecipient> SalesRecipients => Set<SalesRecipient>();
    public DbSet<CommissionPlan> CommissionPlans => Set<CommissionPlan>();
    public DbSet<Dispatch> Dispatches => Set<Dispatch>();
    public DbSet<DispatchLine> DispatchLines => Set<DispatchLine>();
    public DbSet<Settlement> Settlements => Set<Settlement>();
    public DbSet<SettlementLine> SettlementLines => Set<SettlementLine>();
    public DbSet<Banking> Bankings => Set<Banking>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<Payroll.PayrollRun> PayrollRuns => Set<Payroll.PayrollRun>();
    public DbSet<Payroll.Payslip> Payslips => Set<Payroll.Payslip>();
    public DbSet<Payroll.EmployeeBalanceEntry> EmployeeBalanceEntries => Set<Payroll.EmployeeBalanceEntry>();
    public DbSet<Payroll.CasualLabour> CasualLabour => Set<Payroll.CasualLabour>();
    public DbSet<Payroll.StatutoryRule> StatutoryRules => Set<Payroll.StatutoryRule>();
    public DbSet<Expense> Expenses => Set<Expense>();
    public DbSet<AccountingPeriod> AccountingPeriods => Set<AccountingPeriod>();
    public DbSet<Vehicle> Vehicles => Set<Vehicle>();
    public DbSet<FuelTransaction> FuelTransactions => Set<FuelTransaction>();
    public DbSet<FuelDeposit> FuelDeposits => Set<FuelDeposit>();
    public DbSet<Reports.StoredReport> StoredReports => Set<Reports.StoredReport>();
    public DbSet<Reports.SupersededReport> SupersededReports => Set<Reports.SupersededReport>();
    public DbSet<Reports.ReportSubscription> ReportSubscriptions => Set<Reports.ReportSubscription>();

    /// <summary>Who the audit log names for changes saved through this context; when unset, <see cref="ActingUser"/> is asked.</summary>
    public Actor? Actor { get; set; }

    /// <summary>The request's or circuit's user, asked (asynchronously) only when something is saved.</summary>
    public ICurrentUser? ActingUser { get; set; }

    internal async ValueTask<Actor> ResolveActorAsync() =>
        Actor ?? (ActingUser is { } user ? await user.GetAsync() : Common.Actor.System);

    internal AuditInterceptor.Batch? PendingAudit { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseLedgerRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseLedgerRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The stock ledger is append-only: a mistake is reversed by a new movement, never edited away (P1, P13).</summary>
    private void RefuseLedgerRewrites()
    {
        if (ChangeTracker.Entries<StockMovement>().Any(e => e.State is EntityState.Modified or EntityState.Deleted)
            || ChangeTracker.Entries<FinishedGoodsMovement>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Stock movements cannot be changed or deleted; post a reversal instead.");
        if (ChangeTracker.Entries<CrateMovement>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Crate movements cannot be changed or deleted; post a reversal instead.");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ChesantoDbContext).Assembly);
    }
}
