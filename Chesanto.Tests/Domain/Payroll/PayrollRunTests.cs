using Chesanto.Domain.Common;
using Chesanto.Domain.Payroll;
using Chesanto.Domain.Sales;

namespace Chesanto.Tests.Domain.Payroll;

public sealed class PayrollRunTests : PayrollFixture
{
    [Fact]
    public async Task The_workbooks_worked_payslip_comes_to_8407_83()
    {
        var jeremiah = await EmployeeAsync("CHE022", 11_500m);
        var run = await Payroll.CreateRunAsync(2025, 9);
        var slip = await EditAsync(run.Payslips.Single(p => p.EmployeeId == jeremiah.Id), i => i with
        {
            DaysAbsent = 5, MpesaFeeRefund = 1_542m, CommissionEarned = 1_536.50m, Lunch = 500m, Recovery = 4_754m,
        });

        Assert.Equal(383.33m, slip.PayPerDay);
        Assert.Equal(25, slip.DaysWorked);
        Assert.Equal(9_583.33m, slip.Basic);
        Assert.Equal(13_161.83m, slip.Gross);
        Assert.Equal(8_407.83m, slip.Net);
        Assert.Equal(0m, slip.Statutory);
    }

    [Fact]
    public async Task A_new_run_is_prefilled_with_lunch_overtime_rate_outstanding_advances_and_the_routes_bonus()
    {
        var enos = await EmployeeAsync("CHE013", 15_000m);
        await Balances.RecordAsync(new BalanceEntryInput(enos.Id, new DateOnly(2025, 9, 10), BalanceEntryKind.AdvanceGiven, 2_000m, "Advance"));
        await using (var db = await host.NewDbAsync())
        {
            var route = new SalesRecipient { Name = "Joel/Enos", Kind = RecipientKind.RouteSalesman, EmployeeId = enos.Id, Version = Guid.NewGuid() };
            db.SalesRecipients.Add(route);
            await db.SaveChangesAsync();
            foreach (var (day, bonus) in new[] { (3, 1_000m), (4, 1_489.90m) })
                db.Settlements.Add(new Settlement
                {
                    RecipientId = route.Id, SalesDay = new DateOnly(2025, 9, day), ArrivedOn = new DateOnly(2025, 9, day), Bonus = bonus,
                    BonusPercent = 7m, RecordedByName = "test", Version = Guid.NewGuid(),
                });
            await db.SaveChangesAsync();
        }

        var slip = (await Payroll.CreateRunAsync(2025, 9)).Payslips.Single();

        Assert.Equal((2_489.90m, 2_000m, 500m, 31m, 0), (slip.CommissionEarned, slip.Advance, slip.Lunch, slip.OvertimeRate, slip.DaysAbsent));
        Assert.Equal(PayrollStatus.Draft, (await Payroll.FindRunAsync(2025, 9))!.Status);
    }

    [Fact]
    public async Task Deductions_larger_than_pay_pay_nothing_and_carry_the_shortfall_to_the_loan_balance()
    {
        var quinto = await EmployeeAsync("CHE018", 10_000m);
        await Balances.RecordAsync(new BalanceEntryInput(quinto.Id, new DateOnly(2025, 9, 30), BalanceEntryKind.DeficitCharged, 12_350m, "Matayos Depot deficit"));
        await Balances.RecordAsync(new BalanceEntryInput(quinto.Id, new DateOnly(2025, 9, 5), BalanceEntryKind.AdvanceGiven, 1_000m, "Advance"));
        var run = await Payroll.CreateRunAsync(2025, 9);
        var slip = await EditAsync(run.Payslips.Single(), i => i with { Recovery = 12_350m });

        Assert.Equal(10_500m, slip.Gross);
        Assert.Equal(-2_850m, slip.Net);
        Assert.Equal(0m, slip.ToPay);
        Assert.Equal(2_850m, slip.CarriedForward);

        await Payroll.ApproveAsync(run.Id);
        var balance = await Balances.BalanceAsync(quinto.Id);
        Assert.Equal(0m, balance.Advance);
        Assert.Equal(2_850m, balance.LoanOrDeficit);
        var history = await Balances.HistoryAsync(quinto.Id);
        Assert.Equal([12_350m, 1_000m, -1_000m, -12_350m, 2_850m], history.Select(h => h.Amount));
    }

    [Fact]
    public async Task A_second_run_for_a_paid_month_is_refused_and_a_draft_month_says_open_it()
    {
        await EmployeeAsync("CHE001", 20_000m);
        var run = await Payroll.CreateRunAsync(2025, 9);
        var again = await Assert.ThrowsAsync<DomainException>(() => Payroll.CreateRunAsync(2025, 9));
        Assert.Contains("already has a payroll run", again.Message);

        await Payroll.ApproveAsync(run.Id);
        var paid = await Payroll.MarkPaidAsync(run.Id);
        Assert.Equal(PayrollStatus.Paid, paid.Status);
        Assert.Equal(accountant.Email, paid.PaidByName);
        Assert.NotNull(paid.ApprovedAt);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Payroll.CreateRunAsync(2025, 9));
        Assert.Equal("September 2025 is already paid; its payroll is locked and a second run is not allowed.", refused.Message);
        Assert.Single(await Payroll.ListRunsAsync());
    }

    [Fact]
    public async Task An_approved_or_paid_run_cannot_be_edited_deleted_or_approved_again()
    {
        await EmployeeAsync("CHE001", 20_000m);
        var run = await Payroll.CreateRunAsync(2025, 9);
        var slip = run.Payslips.Single();
        await Payroll.ApproveAsync(run.Id);

        var edit = await Assert.ThrowsAsync<DomainException>(() => Payroll.UpdatePayslipAsync(slip.Id, Inputs(slip) with { Lunch = 1_000m }, slip.Version));
        Assert.Equal("September 2025 is approved: it can no longer be changed.", edit.Message);
        await Assert.ThrowsAsync<DomainException>(() => Payroll.DeleteDraftAsync(run.Id));

        await Payroll.MarkPaidAsync(run.Id);
        var locked = await Assert.ThrowsAsync<DomainException>(() => Payroll.UpdatePayslipAsync(slip.Id, Inputs(slip), slip.Version));
        Assert.Contains("paid and locked", locked.Message);
        await Assert.ThrowsAsync<DomainException>(() => Payroll.DeleteDraftAsync(run.Id));
        await Assert.ThrowsAsync<DomainException>(() => Payroll.ApproveAsync(run.Id));
        await Assert.ThrowsAsync<DomainException>(() => Payroll.MarkPaidAsync(run.Id));
        Assert.Equal(20_500m, (await Payroll.FindRunAsync(2025, 9))!.Net);
    }

    [Fact]
    public async Task Bad_inputs_are_refused_at_their_field_and_a_draft_can_be_deleted()
    {
        await EmployeeAsync("CHE001", 20_000m);
        var run = await Payroll.CreateRunAsync(2025, 9);
        var slip = run.Payslips.Single();

        var absent = await Assert.ThrowsAsync<DomainException>(() => EditAsync(slip, i => i with { DaysAbsent = 31 }));
        Assert.Equal(nameof(Payslip.DaysAbsent), absent.Field);
        var advance = await Assert.ThrowsAsync<DomainException>(() => EditAsync(slip, i => i with { Advance = -5m }));
        Assert.Equal(nameof(Payslip.Advance), advance.Field);
        var future = await Assert.ThrowsAsync<DomainException>(() => Payroll.CreateRunAsync(2027, 1));
        Assert.Equal("Month", future.Field);

        await Payroll.DeleteDraftAsync(run.Id);
        Assert.Null(await Payroll.FindRunAsync(2025, 9));
    }
}
