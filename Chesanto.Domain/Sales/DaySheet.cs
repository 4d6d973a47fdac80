using System.Globalization;
using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.Production;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Sales;

/// <summary>One product's columns of a day-sheet row; the settled figures are null until the row is settled.</summary>
public sealed record DaySheetCell(int Out, decimal Price, int? Returned, int? Sold, decimal? Sales, decimal? Commission)
{
    public decimal Expected => Out * Price;
    public decimal? Net => Sales - Commission;
}

/// <summary>
/// A row of the workbook's "Dispatch and Sales per day" sheet: one recipient and price channel. A depot's goods show
/// on a "Dispatch" row the day they leave and on a "Sales for dd.mm.yyyy" row the day its settlement arrives.
/// The banking columns are the settlement's, on the recipient's first row of the settlement.
/// </summary>
public sealed record DaySheetRow(string Recipient, string Position, DateOnly SalesDay, IReadOnlyDictionary<int, DaySheetCell> Cells,
    decimal? ExpectedBanking, decimal? Banked, decimal? Deficit, string Comment)
{
    public decimal? Sales => Settled ? Cells.Values.Sum(c => c.Sales ?? 0m) : null;
    public decimal? Commission => Settled ? Cells.Values.Sum(c => c.Commission ?? 0m) : null;
    public decimal? Net => Sales - Commission;
    private bool Settled => Cells.Values.Any(c => c.Sold is not null);
}

public sealed record DaySheet(DateOnly Day, IReadOnlyList<BoardProduct> Products, IReadOnlyList<DaySheetRow> Rows);

/// <summary>The day's dispatch sheet in the workbook's per-recipient layout (for the Excel export).</summary>
public sealed class DaySheetQuery(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser)
{
    public async Task<DaySheet> SheetAsync(DateOnly day)
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        var products = await SalesQueries.ProductsAsync(db);
        var dispatches = await db.Dispatches.AsNoTracking().Include(d => d.Lines).Include(d => d.Recipient)
            .Where(d => d.Day == day && d.CancelledAt == null).ToListAsync();
        var settlements = await db.Settlements.AsNoTracking().Include(s => s.Lines).Include(s => s.Bankings).Include(s => s.Recipient)
            .Where(s => s.ReversedAt == null && (s.SalesDay == day || s.ArrivedOn == day)).ToListAsync();

        var rows = new List<DaySheetRow>();
        foreach (var group in dispatches.GroupBy(d => d.Recipient!).OrderBy(g => g.Key.Name))
        {
            var settled = settlements.SingleOrDefault(s => s.RecipientId == group.Key.Id && s.SalesDay == day && s.ArrivedOn == day);
            var lines = settled?.Lines ?? (await SettlementService.OutOnAsync(db, group.Key.Id, day)).Lines;
            var position = settled is null && group.Key.SettlesLate ? "Dispatch" : null;
            rows.AddRange(RowsOf(group.Key.Name, day, lines, settled, position));
        }
        foreach (var late in settlements.Where(s => s.ArrivedOn == day && s.SalesDay != day).OrderBy(s => s.Recipient!.Name))
            rows.AddRange(RowsOf(late.Recipient!.Name, late.SalesDay, late.Lines, late,
                $"Sales for {late.SalesDay.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}"));
        return new DaySheet(day, products, rows);
    }

    private static IEnumerable<DaySheetRow> RowsOf(string recipient, DateOnly salesDay, IReadOnlyList<SettlementLine> lines, Settlement? settled,
        string? position)
    {
        var first = true;
        foreach (var channel in lines.GroupBy(l => l.Channel).OrderBy(g => g.Key))
        {
            var cells = channel.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => Cell(g.ToList(), settled is not null));
            var comment = settled is null ? "Not settled" : first ? Codes(settled) : "";
            yield return new DaySheetRow(recipient, position ?? Position(channel.Key), salesDay, cells,
                first ? settled?.ExpectedBanking : null, first ? settled?.Banked : null, first ? settled?.Deficit : null, comment);
            first = false;
        }
    }

    // Regular and reject lines of one product on one channel cannot both exist (rejects are always on the Rejects channel).
    private static DaySheetCell Cell(IReadOnlyList<SettlementLine> lines, bool settled)
    {
        var l = lines[0];
        return settled
            ? new DaySheetCell(l.Dispatched, l.UnitPrice, l.Returned + l.Damaged, l.Sold, l.SalesValue, l.Commission)
            : new DaySheetCell(l.Dispatched, l.UnitPrice, null, null, null, null);
    }

    private static string Position(PriceChannel channel) => channel switch
    {
        PriceChannel.Distributor => "Distributor",
        PriceChannel.Rejects => "Sales Rejects",
        _ => "Sales",
    };

    private static string Codes(Settlement s) =>
        string.Join(", ", s.Bankings.Select(b => $"{(b.Method == BankingMethod.Mpesa ? "M-Pesa" : b.Method.ToString())} {b.Reference}"));
}
