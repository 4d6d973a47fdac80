using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Tests.Support;

namespace Chesanto.Tests.Domain.Catalog;

public sealed class UnitConversionTests : IAsyncLifetime
{
    private readonly DomainHost host = new();

    public async Task InitializeAsync()
    {
        await host.InitializeAsync();
        await host.Get<UnitConversionSeeder>().SeedAsync();
        host.ActAs(await host.CreateUserAsync("production@chesanto.test", Role.ProductManager));
    }

    public Task DisposeAsync() => host.DisposeAsync();

    private UnitConversionService Conversions => host.Get<UnitConversionService>();

    [Fact]
    public async Task The_six_conversions_of_the_spec_are_seeded_once()
    {
        await host.Get<UnitConversionSeeder>().SeedAsync();

        var all = await Conversions.ListAsync();
        Assert.Equal(6, all.Count);
        Assert.Equal(50m, all.Single(c => (c.FromUnit, c.ToUnit) == ("bag", "kg")).Factor);
        Assert.Equal(12m, all.Single(c => (c.FromUnit, c.ToUnit) == ("dozen", "pcs")).Factor);
    }

    [Theory]
    [InlineData(3, "bag", "kg", 150)]
    [InlineData(2, "jerrycan", "l", 40)]
    [InlineData(1.5, "packet", "g", 675)]
    [InlineData(4, "dozen", "pcs", 48)]
    [InlineData(7, "pcs", "pcs", 7)]
    public async Task A_known_pair_converts(decimal quantity, string from, string to, decimal expected) =>
        Assert.Equal(expected, await Conversions.ConvertAsync(quantity, from, to));

    [Fact]
    public async Task The_inverse_of_a_known_pair_converts()
    {
        Assert.Equal(2m, await Conversions.ConvertAsync(100, "kg", "bag"));
        Assert.Equal(0.25m, await Conversions.ConvertAsync(250, "ml", "l"));
        Assert.Equal(3m, await Conversions.ConvertAsync(36, "Pcs", "dozen"));
    }

    [Theory]
    [InlineData("bag", "l")]
    [InlineData("kg", "ml")]
    [InlineData("packet", "kg")]
    public async Task An_unknown_pair_is_refused_not_taken_as_one_to_one(string from, string to)
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => Conversions.ConvertAsync(1, from, to, "Unit"));

        Assert.Equal($"There is no conversion between {from} and {to}; add one on the Units page first.", refusal.Message);
        Assert.Equal("Unit", refusal.Field);
    }

    [Fact]
    public async Task A_unit_nobody_knows_is_refused() =>
        Assert.Equal("FromUnit", (await Assert.ThrowsAsync<DomainException>(() => Conversions.ConvertAsync(1, "sack", "kg"))).Field);

    [Fact]
    public async Task A_clerk_adds_a_bucket_of_fat_and_changes_the_bag_factor()
    {
        await Conversions.SaveAsync(new UnitConversionInput("bucket", "kg", 17, "Cooking fat, 17 kg"));
        await Conversions.SaveAsync(new UnitConversionInput("bag", "kg", 25, "Half bags now"));

        Assert.Equal(34m, await Conversions.ConvertAsync(2, "bucket", "kg"));
        Assert.Equal(50m, await Conversions.ConvertAsync(2, "bag", "kg"));
        Assert.Equal(7, (await Conversions.ListAsync()).Count);
    }

    [Theory]
    [InlineData("kg", "bag", 0.02, "FromUnit")]
    [InlineData("kg", "kg", 1, "ToUnit")]
    [InlineData("carton", "kg", 0, "Factor")]
    [InlineData("carton", "kg", 0.0000001, "Factor")]
    [InlineData("crate", "kg", 10, "FromUnit")]
    public async Task A_bad_conversion_is_refused_at_its_field(string from, string to, decimal factor, string field) =>
        Assert.Equal(field, (await Assert.ThrowsAsync<DomainException>(() =>
            Conversions.SaveAsync(new UnitConversionInput(from, to, factor, null)))).Field);

    [Fact]
    public async Task Only_a_product_manager_or_above_changes_a_factor()
    {
        host.ActAs(await host.CreateUserAsync("head@chesanto.test", Role.DeptHead));

        Assert.Equal(50m, await Conversions.ConvertAsync(1, "bag", "kg"));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Conversions.SaveAsync(new UnitConversionInput("bag", "kg", 1, null)));
    }
}
