using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Accounting;

/// <summary>Fuel drawn, deposits paid to the station, the prepaid balance and the monthly reconciliation (DOMAIN §6.2, WORKBOOK §9).</summary>
public sealed class FuelService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock, IEventHub events)
{
    public async Task<IReadOnlyList<Vehicle>> VehiclesAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Vehicles.AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<FuelTransaction>> TransactionsAsync(DateOnly from, DateOnly to)
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.FuelTransactions.AsNoTracking().Include(f => f.Vehicle).Where(f => f.Date >= from && f.Date <= to)
            .OrderBy(f => f.Date).ThenBy(f => f.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<FuelDeposit>> DepositsAsync(DateOnly from, DateOnly to)
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.FuelDeposits.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ThenBy(d => d.Id).ToListAsync();
    }

    public async Task<FuelTransaction> RecordAsync(FuelInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageExpenses);
        if (input.Date > clock.Today) throw new DomainException("Fuel cannot be dated in the future.", nameof(FuelTransaction.Date));
        if (input.Amount <= 0) throw new DomainException("Enter the amount paid, more than zero.", nameof(FuelTransaction.Amount));
        if (decimal.Round(input.Amount, 2) != input.Amount) throw new DomainException("Amounts are in shillings and cents.", nameof(FuelTransaction.Amount));
        if (input.Quantity is { } q && (q <= 0 || decimal.Round(q, 3) != q))
            throw new DomainException("Enter a quantity more than zero (or leave it empty).", nameof(FuelTransaction.Quantity));
        if (input.Purpose == FuelPurpose.Distribution && input.VehicleId is null)
            throw new DomainException("Choose the vehicle that took the fuel.", nameof(FuelTransaction.VehicleId));
        if (input.PaymentMethod == PaymentMethod.PettyCash)
            throw new DomainException("Fuel is paid on the station account, in cash, by M-Pesa or by bank.", nameof(FuelTransaction.PaymentMethod));
        if (input.PaymentMethod is PaymentMethod.MPesa or PaymentMethod.Bank && string.IsNullOrWhiteSpace(input.Receipt))
            throw new DomainException("Enter the M-Pesa code or bank reference.", nameof(FuelTransaction.Receipt));
        var fuel = await dbs.InTransactionAsync(async db =>
        {
            await AccountingPeriods.RequireOpenAsync(db, input.Date);
            var vehicle = input.VehicleId is { } id
                ? await db.Vehicles.SingleOrDefaultAsync(v => v.Id == id) ?? throw new DomainException("Choose a vehicle.", nameof(FuelTransaction.VehicleId))
                : null;
            var fuel = new FuelTransaction
            {
                Date = input.Date, Station = StationOf(input.Station), Purpose = vehicle is null ? FuelPurpose.Production : input.Purpose,
                VehicleId = vehicle?.Id, FuelType = vehicle?.FuelType ?? input.FuelType, Quantity = input.Quantity, Unit = input.Unit,
                Amount = input.Amount, PaymentMethod = input.PaymentMethod, Receipt = Blank(input.Receipt),
                RecordedByName = actor.Name, RecordedAt = clock.UtcNow,
            };
            db.FuelTransactions.Add(fuel);
            return fuel;
        });
        await events.PublishAsync(new FuelChanged());
        return fuel;
    }

    public async Task<FuelDeposit> DepositAsync(FuelDepositInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageExpenses);
        if (input.Date > clock.Today) throw new DomainException("A deposit cannot be dated in the future.", nameof(FuelDeposit.Date));
        if (input.Amount <= 0 || decimal.Round(input.Amount, 2) != input.Amount)
            throw new DomainException("Enter the amount deposited, more than zero.", nameof(FuelDeposit.Amount));
        if (input.PaymentMethod is PaymentMethod.Credit or PaymentMethod.PettyCash)
            throw new DomainException("A deposit is paid by bank, M-Pesa or cash.", nameof(FuelDeposit.PaymentMethod));
        if (input.PaymentMethod is PaymentMethod.MPesa or PaymentMethod.Bank && string.IsNullOrWhiteSpace(input.Reference))
            throw new DomainException("Enter the M-Pesa code or bank reference.", nameof(FuelDeposit.Reference));
        var deposit = await dbs.InTransactionAsync(async db =>
        {
            await AccountingPeriods.RequireOpenAsync(db, input.Date);
            var deposit = new FuelDeposit
            {
                Date = input.Date, Station = StationOf(input.Station), Amount = input.Amount, PaymentMethod = input.PaymentMethod,
                Reference = Blank(input.Reference), RecordedByName = actor.Name, RecordedAt = clock.UtcNow,
            };
            db.FuelDeposits.Add(deposit);
            return deposit;
        });
        await events.PublishAsync(new FuelChanged());
        return deposit;
    }

    public async Task DeleteTransactionAsync(int id)
    {
        await currentUser.RequireAsync(Permissions.ManageExpenses);
        await dbs.InTransactionAsync(async db =>
        {
            var fuel = await db.FuelTransactions.SingleOrDefaultAsync(f => f.Id == id) ?? throw new DomainException("This fuel line no longer exists.");
            await AccountingPeriods.RequireOpenAsync(db, fuel.Date);
            db.FuelTransactions.Remove(fuel);
            return fuel;
        });
        await events.PublishAsync(new FuelChanged());
    }

    public async Task DeleteDepositAsync(int id)
    {
        await currentUser.RequireAsync(Permissions.ManageExpenses);
        await dbs.InTransactionAsync(async db =>
        {
            var deposit = await db.FuelDeposits.SingleOrDefaultAsync(d => d.Id == id) ?? throw new DomainException("This deposit no longer exists.");
            await AccountingPeriods.RequireOpenAsync(db, deposit.Date);
            db.FuelDeposits.Remove(deposit);
            return deposit;
        });
        await events.PublishAsync(new FuelChanged());
    }

    /// <summary>The credit left on the station's prepaid account today: deposits minus fuel taken on account.</summary>
    public async Task<decimal> CreditAsync(string station = FuelTransaction.DefaultStation)
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        await using var db = await dbs.CreateDbContextAsync();
        return await CreditBeforeAsync(db, station, DateOnly.MaxValue);
    }

    public async Task<FuelReconciliation> ReconcileAsync(int year, int month, string station = FuelTransaction.DefaultStation)
    {
        await currentUser.RequireAsync(Permissions.ViewBooks);
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        await using var db = await dbs.CreateDbContextAsync();
        var opening = await CreditBeforeAsync(db, station, first);
        var deposits = (await db.FuelDeposits.Where(d => d.Station == station && d.Date >= first && d.Date <= last)
            .Select(d => d.Amount).ToListAsync()).Sum();
        var fuel = await db.FuelTransactions.AsNoTracking().Include(f => f.Vehicle)
            .Where(f => f.Station == station && f.Date >= first && f.Date <= last).ToListAsync();
        var vehicles = fuel.Where(f => f.VehicleId is not null).GroupBy(f => f.VehicleId!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new VehicleFuel(g.First().Vehicle!.Name, Sum(g, FuelUnit.Litre), Sum(g, FuelUnit.Jerrycan), g.Sum(f => f.Amount))).ToList();
        var production = fuel.Where(f => f.Purpose == FuelPurpose.Production).ToList();
        return new FuelReconciliation(station, year, month, opening, deposits, fuel.Where(f => f.OnAccount).Sum(f => f.Amount),
            production.Sum(f => f.Amount), fuel.Where(f => f.Purpose == FuelPurpose.Distribution).Sum(f => f.Amount), vehicles,
            Sum(production, FuelUnit.Litre), Sum(production, FuelUnit.Jerrycan), fuel.Where(f => !f.OnAccount).Sum(f => f.Amount));
    }

    private static decimal Sum(IEnumerable<FuelTransaction> fuel, FuelUnit unit) => fuel.Where(f => f.Unit == unit).Sum(f => f.Quantity ?? 0);

    /// <summary>Deposits minus purchases on account before <paramref name="day"/>; summed in memory (SQLite cannot SUM decimals).</summary>
    private static async Task<decimal> CreditBeforeAsync(ChesantoDbContext db, string station, DateOnly day)
    {
        var paid = await db.FuelDeposits.Where(d => d.Station == station && d.Date < day).Select(d => d.Amount).ToListAsync();
        var taken = await db.FuelTransactions.Where(f => f.Station == station && f.Date < day && f.PaymentMethod == PaymentMethod.Credit)
            .Select(f => f.Amount).ToListAsync();
        return paid.Sum() - taken.Sum();
    }

    private static string StationOf(string? station) => string.IsNullOrWhiteSpace(station) ? FuelTransaction.DefaultStation : station.Trim();
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
