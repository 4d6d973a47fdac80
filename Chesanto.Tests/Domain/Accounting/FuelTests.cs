using Chesanto.Domain.Accounting;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Accounting;

/// <summary>The Ikapolok statement of September 2025 (WORKBOOK §9), typed in line by line.</summary>
public sealed class FuelTests : IAsyncLifetime
{
    private const int OldTruck = 1, NewTruck = 2, Bolero = 3;
    private readonly DomainHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        host.ActAs(await host.CreateUserAsync("accountant@chesanto.test", Role.Admin));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private FuelService Fuel => host.Get<FuelService>();

    private static DateOnly Sep(int day) => new(2025, 9, day);

    private Task<FuelTransaction> TruckAsync(int day, int vehicle, decimal amount, string? receipt = null) =>
        Fuel.RecordAsync(new FuelInput(Sep(day), null, FuelPurpose.Distribution, vehicle, FuelType.Petrol, null, FuelUnit.Litre, amount, PaymentMethod.Credit, receipt));

    private Task<FuelTransaction> DieselAsync(int day, decimal jerrycans) =>
        Fuel.RecordAsync(new FuelInput(Sep(day), null, FuelPurpose.Production, null, FuelType.Diesel, jerrycans, FuelUnit.Jerrycan, jerrycans * 3_300, PaymentMethod.Credit, null));

    private async Task SeptemberAsync()
    {
        await TruckAsync(1, OldTruck, 12_300, "c/f expenditure");
        (int Day, int Vehicle, decimal Amount)[] fills =
        [
            (2, OldTruck, 9_329.77m), (2, NewTruck, 5_381.76m), (4, NewTruck, 5_168.30m), (5, OldTruck, 8_483.50m),
            (8, NewTruck, 5_007.74m), (8, OldTruck, 8_321.05m), (10, NewTruck, 5_291.09m), (10, OldTruck, 9_462m),
            (12, NewTruck, 5_308.09m), (15, NewTruck, 5_313m), (15, OldTruck, 8_519.39m), (17, NewTruck, 5_600.85m),
            (18, OldTruck, 7_930.20m), (19, NewTruck, 5_674.56m), (20, OldTruck, 8_593.08m), (22, NewTruck, 6_324.37m),
            (24, OldTruck, 9_305.21m), (26, NewTruck, 5_833.23m), (26, OldTruck, 9_450.67m), (27, NewTruck, 5_676.45m),
            (29, OldTruck, 8_200.15m), (30, NewTruck, 5_716.11m),
        ];
        foreach (var (day, vehicle, amount) in fills) await TruckAsync(day, vehicle, amount);
        foreach (var (day, cans) in new[] { (1, 2), (9, 4), (13, 1), (15, 2), (18, 2), (20, 1), (22, 4), (25, 2), (30, 2) })
            await DieselAsync(day, cans);
        await Fuel.RecordAsync(new FuelInput(Sep(30), null, FuelPurpose.Distribution, Bolero, FuelType.Diesel, null, FuelUnit.Litre, 9_570, PaymentMethod.Credit, null));
        foreach (var (day, amount) in new[] { (4, 60_000m), (15, 60_000m), (24, 70_000m) })
            await Fuel.DepositAsync(new FuelDepositInput(Sep(day), null, amount, PaymentMethod.Bank, $"DEP-{day}"));
        // The sheet balances September with a deposit dated 01.10.2025 (its anomaly 1); here it is booked on 30.09.
        await Fuel.DepositAsync(new FuelDepositInput(Sep(30), null, 51_800, PaymentMethod.Bank, "DEP-30"));
    }

    [Fact]
    public async Task September_reconciles_like_the_workbook()
    {
        await SeptemberAsync();
        var month = await Fuel.ReconcileAsync(2025, 9);

        var vehicles = month.Vehicles.ToDictionary(v => v.Vehicle, v => v.Amount);
        Assert.Equal(99_895.02m, vehicles["Old Truck"]);
        Assert.Equal(66_295.55m, vehicles["New Truck"]);
        Assert.Equal(9_570m, vehicles["Bolero"]);
        Assert.Equal(166_190.57m, vehicles["Old Truck"] + vehicles["New Truck"]);
        Assert.Equal(66_000m, month.Production);
        Assert.Equal(20m, month.ProductionJerrycans);
        Assert.Equal(75_570m, month.Production + vehicles["Bolero"]);
        Assert.Equal((0m, 241_800m, 241_760.57m), (month.Opening, month.Deposits, month.Purchases));
        Assert.Equal(39.43m, month.Closing);
        Assert.Equal(-39.43m, month.WorkbookBalance);
        Assert.Equal(39.43m, await Fuel.CreditAsync());

        var october = await Fuel.ReconcileAsync(2025, 10);
        Assert.Equal((39.43m, 39.43m), (october.Opening, october.Closing));
    }

    [Fact]
    public async Task Fuel_paid_in_cash_does_not_draw_the_account_and_bad_lines_are_refused_at_their_fields()
    {
        await Fuel.DepositAsync(new FuelDepositInput(Sep(1), null, 10_000, PaymentMethod.MPesa, "QX1"));
        await Fuel.RecordAsync(new FuelInput(Sep(2), null, FuelPurpose.Distribution, NewTruck, FuelType.Petrol, 30, FuelUnit.Litre, 5_250, PaymentMethod.Cash, null));
        var onAccount = await TruckAsync(3, NewTruck, 4_000);
        Assert.Equal(6_000m, await Fuel.CreditAsync());
        var month = await Fuel.ReconcileAsync(2025, 9);
        Assert.Equal((4_000m, 5_250m, 30m), (month.Purchases, month.PaidOtherwise, month.Vehicles.Single().Litres));

        async Task<string?> Refused(FuelInput input) => (await Assert.ThrowsAsync<DomainException>(() => Fuel.RecordAsync(input))).Field;
        Assert.Equal("VehicleId", await Refused(new FuelInput(Sep(3), null, FuelPurpose.Distribution, null, FuelType.Petrol, null, FuelUnit.Litre, 100, PaymentMethod.Credit, null)));
        Assert.Equal("Amount", await Refused(new FuelInput(Sep(3), null, FuelPurpose.Production, null, FuelType.Diesel, 1, FuelUnit.Jerrycan, 0, PaymentMethod.Credit, null)));
        Assert.Equal("Date", await Refused(new FuelInput(new DateOnly(2026, 11, 25), null, FuelPurpose.Production, null, FuelType.Diesel, 1, FuelUnit.Jerrycan, 3_300, PaymentMethod.Credit, null)));

        await host.Get<AccountingPeriods>().CloseAsync(2025, 9);
        await Assert.ThrowsAsync<DomainException>(() => Fuel.DeleteTransactionAsync(onAccount.Id));
        await Assert.ThrowsAsync<DomainException>(() => TruckAsync(4, OldTruck, 100));
    }
}
