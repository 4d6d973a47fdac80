using Chesanto.Domain.Accounts;
using Chesanto.Domain.Notifications;

namespace Chesanto.Domain.Reports;

/// <summary>The report email: a short summary and a link (sign-in required), never the figures in full.</summary>
public static class ReportEmails
{
    public static EmailMessage Summary(string to, StoredReport report, ReportSnapshot snapshot, AppLinks links, bool corrected)
    {
        var s = snapshot.Summary;
        return new EmailMessage(to, (corrected ? "Corrected: " : "") + report.Title,
            $"""
            Hello,

            {report.Title}{(corrected ? " (regenerated after the books were corrected)" : "")}:

            Sales: KES {s.Sales:#,0.00}
            Net: KES {s.Net:#,0.00}
            Margin: {(s.MarginPercent is { } m ? $"{m:0.##} %" : "-")}
            Deficits: KES {s.Deficit:#,0.00} in {s.DeficitIncidents} settlement(s), {s.CratesShort} crate(s) short

            The full report (sign in): {links.To(report.Link)}

            To stop or change these emails, tick your reports on {links.To("reports")}.
            """);
    }
}
