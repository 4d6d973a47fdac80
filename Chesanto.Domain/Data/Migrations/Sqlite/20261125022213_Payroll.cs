using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Chesanto.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Payroll : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CasualLabour",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Workers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WorkerCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Task = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Periods = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasualLabour", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmployeeBalanceEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PayslipId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployeeBalanceEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployeeBalanceEntries_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayrollRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PaidAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PaidByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatutoryRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 5, nullable: true),
                    Minimum = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Maximum = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ReducesTaxable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatutoryRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Payslips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PayrollRunId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EmployeeName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MpesaNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MonthlySalary = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DaysAbsent = table.Column<int>(type: "INTEGER", nullable: false),
                    OvertimeMixes = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    OvertimeRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    MpesaFeeRefund = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CommissionEarned = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Lunch = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Advance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Recovery = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ApplyStatutory = table.Column<bool>(type: "INTEGER", nullable: false),
                    Paye = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Nssf = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    HealthInsurance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    HousingLevy = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payslips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payslips_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payslips_PayrollRuns_PayrollRunId",
                        column: x => x.PayrollRunId,
                        principalTable: "PayrollRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StatutoryBand",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatutoryRuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    UpTo = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Rate = table.Column<decimal>(type: "TEXT", precision: 9, scale: 5, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatutoryBand", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StatutoryBand_StatutoryRules_StatutoryRuleId",
                        column: x => x.StatutoryRuleId,
                        principalTable: "StatutoryRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "StatutoryRules",
                columns: new[] { "Id", "Amount", "EffectiveFrom", "EffectiveTo", "Kind", "Maximum", "Minimum", "Note", "Rate", "ReducesTaxable" },
                values: new object[,]
                {
                    { 1, null, new DateOnly(2023, 7, 1), null, "Paye", null, null, "PAYE bands, Finance Act 2023", null, false },
                    { 2, 2400m, new DateOnly(2023, 7, 1), null, "PersonalRelief", null, null, "Personal relief per month", null, false },
                    { 3, null, new DateOnly(2015, 4, 1), new DateOnly(2024, 9, 30), "Nhif", null, null, "NHIF by gross (DOMAIN §7.2)", null, true },
                    { 4, null, new DateOnly(2024, 2, 1), new DateOnly(2025, 1, 31), "Nssf", 2160m, null, "NSSF 6 % up to 36,000", 0.06m, true },
                    { 5, null, new DateOnly(2025, 2, 1), null, "Nssf", 4320m, null, "NSSF 6 % up to 72,000", 0.06m, true },
                    { 6, null, new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 26), "Shif", null, 300m, "SHIF 2.75 % of gross, min 300", 0.0275m, false },
                    { 7, null, new DateOnly(2024, 12, 27), null, "Shif", null, 300m, "SHIF, allowable before PAYE", 0.0275m, true },
                    { 8, null, new DateOnly(2024, 3, 19), new DateOnly(2024, 12, 26), "HousingLevy", null, null, "Housing levy 1.5 % of gross", 0.015m, false },
                    { 9, null, new DateOnly(2024, 12, 27), null, "HousingLevy", null, null, "Housing levy, allowable before PAYE", 0.015m, true }
                });

            migrationBuilder.InsertData(
                table: "StatutoryBand",
                columns: new[] { "Id", "Amount", "Rate", "StatutoryRuleId", "UpTo" },
                values: new object[,]
                {
                    { 1, null, 0.10m, 1, 24000m },
                    { 2, null, 0.25m, 1, 32333m },
                    { 3, null, 0.30m, 1, 500000m },
                    { 4, null, 0.325m, 1, 800000m },
                    { 5, null, 0.35m, 1, null },
                    { 101, 150m, null, 3, 5999m },
                    { 102, 300m, null, 3, 7999m },
                    { 103, 400m, null, 3, 11999m },
                    { 104, 500m, null, 3, 14999m },
                    { 105, 600m, null, 3, 19999m },
                    { 106, 750m, null, 3, 24999m },
                    { 107, 850m, null, 3, 29999m },
                    { 108, 900m, null, 3, 34999m },
                    { 109, 950m, null, 3, 39999m },
                    { 110, 1000m, null, 3, 44999m },
                    { 111, 1100m, null, 3, 49999m },
                    { 112, 1200m, null, 3, 59999m },
                    { 113, 1300m, null, 3, 69999m },
                    { 114, 1400m, null, 3, 79999m },
                    { 115, 1500m, null, 3, 89999m },
                    { 116, 1600m, null, 3, 99999m },
                    { 117, 1700m, null, 3, null }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CasualLabour_Day",
                table: "CasualLabour",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeBalanceEntries_EmployeeId",
                table: "EmployeeBalanceEntries",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeBalanceEntries_PayslipId",
                table: "EmployeeBalanceEntries",
                column: "PayslipId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollRuns_Year_Month",
                table: "PayrollRuns",
                columns: new[] { "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payslips_EmployeeId",
                table: "Payslips",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Payslips_PayrollRunId_EmployeeId",
                table: "Payslips",
                columns: new[] { "PayrollRunId", "EmployeeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StatutoryBand_StatutoryRuleId",
                table: "StatutoryBand",
                column: "StatutoryRuleId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CasualLabour");

            migrationBuilder.DropTable(
                name: "EmployeeBalanceEntries");

            migrationBuilder.DropTable(
                name: "Payslips");

            migrationBuilder.DropTable(
                name: "StatutoryBand");

            migrationBuilder.DropTable(
                name: "PayrollRuns");

            migrationBuilder.DropTable(
                name: "StatutoryRules");
        }
    }
}
