using System.Globalization;
using System.Text;
using System.Xml;
using ClosedXML.Excel;
using Chesanto.Domain.Common;

namespace Chesanto.Web.Features.Exports;

/// <summary>
/// Builds an .xlsx file of typed sheets: numbers are numbers, dates are dates (Nairobi time), the header row is bold,
/// frozen and filtered, columns are sized from their texts, and text that Excel would read as a formula stays text.
/// </summary>
public sealed class ExcelWorkbook : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const double MinWidth = 6, MaxWidth = 60;

    private readonly XLWorkbook _workbook = new();

    /// <summary>
    /// Adds a sheet of one row per item. With <paramref name="totalLabel"/>, a bold last row (outside the filter) carries that
    /// label in the first column and the sum of every column marked <see cref="ExcelColumn{T}.Total"/>, as typed numbers.
    /// </summary>
    public ExcelWorkbook AddSheet<T>(string name, IReadOnlyList<ExcelColumn<T>> columns, IEnumerable<T> rows, string? totalLabel = null)
    {
        var sheet = _workbook.Worksheets.Add(SheetName(name));
        // Column widths are estimated here, not by AdjustToContents, which needs GDI+ (libgdiplus) to measure fonts.
        var widths = new double[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(columns[c].Header);
            widths[c] = columns[c].Header.Length * 1.1 + 4; // bold, and room for the filter button
        }
        var row = 1;
        var sums = new decimal[columns.Count];
        foreach (var item in rows)
        {
            row++;
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c].Value(item);
                var shown = Write(sheet.Cell(row, c + 1), columns[c], value);
                widths[c] = Math.Max(widths[c], shown + 2);
                if (columns[c].Total && value is not null) sums[c] += Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            }
        }
        var header = sheet.Range(1, 1, 1, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#F1E4D3");
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, row, columns.Count).SetAutoFilter();
        if (totalLabel is not null)
        {
            row++;
            sheet.Cell(row, 1).SetValue(Clean(totalLabel));
            widths[0] = Math.Max(widths[0], totalLabel.Length + 2);
            for (var c = 0; c < columns.Count; c++)
                if (columns[c].Total) widths[c] = Math.Max(widths[c], Write(sheet.Cell(row, c + 1), columns[c], sums[c]) + 2);
            sheet.Range(row, 1, row, columns.Count).Style.Font.Bold = true;
        }
        for (var c = 0; c < columns.Count; c++)
        {
            var column = sheet.Column(c + 1);
            column.Width = Math.Clamp(widths[c], MinWidth, MaxWidth);
            if (row > 1 && NumberFormat(columns[c]) is { } format) sheet.Range(2, c + 1, row, c + 1).Style.NumberFormat.Format = format;
        }
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        _workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public void Dispose() => _workbook.Dispose();

    /// <summary>Writes one value and returns how many characters it shows, for the column width.</summary>
    private static int Write<T>(IXLCell cell, ExcelColumn<T> column, object? value)
    {
        if (value is null) return 0;
        switch (column.Kind)
        {
            case CellKind.Integer or CellKind.Quantity or CellKind.Money:
                var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                cell.SetValue(number);
                return number.ToString("N" + column.DecimalPlaces, CultureInfo.InvariantCulture).Length;
            case CellKind.Date:
                cell.SetValue(value is DateOnly day ? day.ToDateTime(TimeOnly.MinValue) : Convert.ToDateTime(value, CultureInfo.InvariantCulture).Date);
                return 11;
            case CellKind.DateTime:
                cell.SetValue(value is DateTimeOffset instant
                    ? TimeZoneInfo.ConvertTime(instant, BusinessClock.Nairobi).DateTime
                    : Convert.ToDateTime(value, CultureInfo.InvariantCulture));
                return 17;
            default:
                var text = Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                cell.SetValue(text);
                // Excel would take "=..." "+..." "-..." "@..." as a formula: the quote prefix keeps it text (CSV/formula injection).
                if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') cell.Style.IncludeQuotePrefix = true;
                return text.Length;
        }
    }

    private static string? NumberFormat<T>(ExcelColumn<T> column) => column.Kind switch
    {
        CellKind.Integer or CellKind.Quantity or CellKind.Money =>
            column.DecimalPlaces > 0 ? "#,##0." + new string('0', column.DecimalPlaces) : "#,##0",
        CellKind.Date => "d mmm yyyy",
        CellKind.DateTime => "d mmm yyyy hh:mm",
        _ => null,
    };

    /// <summary>Drops characters that XML (and so an .xlsx) cannot hold; they would break the file.</summary>
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) clean.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) clean.Append(text, i++, 2);
        }
        return clean.ToString();
    }

    private static string SheetName(string name)
    {
        var clean = new string(name.Where(ch => "[]:*?/\\".IndexOf(ch) < 0).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }
}
