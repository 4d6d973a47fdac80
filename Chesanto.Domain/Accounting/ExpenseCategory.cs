namespace Chesanto.Domain.Accounting;

/// <summary>Where a category lands in the profit and loss statement (DOMAIN §6.3), or that it is not an expense at all.</summary>
public enum PnlSection { DirectMaterials, Indirect, DirectSalaries, Commissions, Administrative, BelowNetProfit, NotInPnl }

/// <summary>
/// The P&amp;L line an expense belongs to (DOMAIN §6.3, WORKBOOK §8 and §12). The workbook's cash-book had no category
/// column: a line's category was whichever P&amp;L cell referenced it. Here it is chosen when the line is written.
/// The last group is money that moves but is no expense: a loan is a liability (Q23), a fuel deposit prepays the
/// station (the fuel itself is costed from <see cref="FuelTransaction"/>s), a top-up only refills the petty cash float.
/// </summary>
public enum ExpenseCategory
{
    // Direct materials: the P&L costs them as opening value + purchases - closing value per ingredient.
    Flour, CookingFat, CookingOil, Sugar, Yeast, FoodColour, BreadImprover, Calcium, Salt, PackagingMaterials, StockTransport,
    /// <summary>A received purchase order; its lines say which ingredients (the P&amp;L splits it by item).</summary>
    MaterialPurchases,
    // Indirect production costs.
    Diesel, Firewood, FuelOldTruck, FuelNewTruck, FuelBolero, Electricity,
    // Direct salaries and commissions.
    SalariesProduction, SalariesSales, SalariesCasuals, Commissions,
    // Administrative.
    SalariesAdmin, StaffLoans, BankCharges, Stationery, VehicleRepairs, VehicleInsurance, MachineRepairs, PackagingPaper,
    DepotRent, VehiclePurchase, BusinessPermit, Sundry, ExpiredMissingStock, Deficits,
    // Below net profit.
    Tax, EducationPolicy,
    // Not in the P&L.
    LoanReceived, LoanRepayment, FuelDeposit, PettyCashTopUp,
}

public static class ExpenseCategories
{
    public static PnlSection Section(this ExpenseCategory category) => category switch
    {
        <= ExpenseCategory.MaterialPurchases => PnlSection.DirectMaterials,
        <= ExpenseCategory.Electricity => PnlSection.Indirect,
        <= ExpenseCategory.SalariesCasuals => PnlSection.DirectSalaries,
        ExpenseCategory.Commissions => PnlSection.Commissions,
        <= ExpenseCategory.Deficits => PnlSection.Administrative,
        <= ExpenseCategory.EducationPolicy => PnlSection.BelowNetProfit,
        _ => PnlSection.NotInPnl,
    };

    public static string Title(this ExpenseCategory category) => category switch
    {
        ExpenseCategory.CookingFat => "Cooking fat",
        ExpenseCategory.CookingOil => "Cooking oil",
        ExpenseCategory.FoodColour => "Food colour",
        ExpenseCategory.BreadImprover => "Bread improver",
        ExpenseCategory.PackagingMaterials => "Packaging materials",
        ExpenseCategory.StockTransport => "Stock transport",
        ExpenseCategory.MaterialPurchases => "Purchases (received orders)",
        ExpenseCategory.FuelOldTruck => "Fuel old truck",
        ExpenseCategory.FuelNewTruck => "Fuel new truck",
        ExpenseCategory.FuelBolero => "Fuel Bolero",
        ExpenseCategory.SalariesProduction => "Salaries production",
        ExpenseCategory.SalariesSales => "Salaries sales",
        ExpenseCategory.SalariesCasuals => "Salaries casuals",
        ExpenseCategory.SalariesAdmin => "Salaries admin",
        ExpenseCategory.StaffLoans => "Staff loans",
        ExpenseCategory.BankCharges => "Bank charges",
        ExpenseCategory.VehicleRepairs => "Vehicle repairs",
        ExpenseCategory.VehicleInsurance => "Vehicle insurance",
        ExpenseCategory.MachineRepairs => "Machine repairs",
        ExpenseCategory.PackagingPaper => "Packaging paper",
        ExpenseCategory.DepotRent => "Depot rent",
        ExpenseCategory.VehiclePurchase => "Vehicle purchase",
        ExpenseCategory.BusinessPermit => "Business permit",
        ExpenseCategory.ExpiredMissingStock => "Expired & missing stock",
        ExpenseCategory.Deficits => "Deficits (bad debt)",
        ExpenseCategory.EducationPolicy => "Education policy (reserves)",
        ExpenseCategory.LoanReceived => "Loan received (liability)",
        ExpenseCategory.LoanRepayment => "Loan repayment",
        ExpenseCategory.FuelDeposit => "Fuel deposit (station)",
        ExpenseCategory.PettyCashTopUp => "Petty cash top-up",
        _ => category.ToString(),
    };

    public static string Title(this PnlSection section) => section switch
    {
        PnlSection.DirectMaterials => "Direct materials",
        PnlSection.Indirect => "Indirect costs",
        PnlSection.DirectSalaries => "Direct salaries",
        PnlSection.Commissions => "Commissions",
        PnlSection.Administrative => "Administrative",
        PnlSection.BelowNetProfit => "Below net profit",
        _ => "Not in the P&L",
    };
}
