using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;

namespace Chesanto.Tests.Domain.Catalog;

/// <summary>Recipe arithmetic on its own, without a database (DOMAIN §2.2).</summary>
public sealed class MixCostingTests
{
    private static InventoryItem Salt => new() { Name = "Salt", PurchaseUnit = Units.Kg, RecipeUnit = Units.G, ConversionFactor = 1000, CostPerPurchaseUnit = 35.5m };
    private static InventoryItem Flour => new() { Name = "Wheat Flour", PurchaseUnit = Units.Bag, RecipeUnit = Units.Kg, ConversionFactor = 50, CostPerPurchaseUnit = 3_650m };

    [Fact]
    public void Salt_at_35_50_a_kilo_keeps_0_0355_a_gram_not_0_04()
    {
        Assert.Equal(0.0355m, Salt.CostPerRecipeUnit);
        Assert.Equal(9.94m, MixCosting.LineCostOf(280, Units.G, Salt));
    }

    [Fact]
    public void A_line_written_in_kilos_is_priced_in_the_items_grams()
    {
        Assert.Equal(35.5m, MixCosting.LineCostOf(1, Units.Kg, Salt));
        Assert.Equal(1.825m, MixCosting.LineCostOf(0.025m, Units.Kg, Flour));
    }

    [Theory]
    [InlineData(Units.Kg, Units.Ml)]
    [InlineData(Units.Bag, Units.Kg)]
    [InlineData(Units.Pcs, Units.G)]
    public void A_unit_pair_the_bakery_cannot_convert_is_refused_not_taken_as_one_to_one(string from, string to)
    {
        var refusal = Assert.Throws<DomainException>(() => Units.Factor(from, to));
        Assert.Contains(from, refusal.Message);
    }

    [Fact]
    public void Grams_and_millilitres_convert_both_ways()
    {
        Assert.Equal(1000m, Units.Factor(Units.Kg, Units.G));
        Assert.Equal(0.001m, Units.Factor(Units.Ml, Units.L));
        Assert.Equal(1m, Units.Factor(Units.Pcs, Units.Pcs));
    }

    [Fact]
    public void A_mix_expected_to_give_nothing_costs_0_a_packet_instead_of_failing()
    {
        var mix = new Mix { ExpectedPackets = 0, Lines = [new() { InventoryItem = Flour, Quantity = 36, Unit = Units.Kg }] };

        var cost = MixCosting.Of(mix);

        Assert.Equal(2_628m, cost.Total);
        Assert.Equal(0m, cost.PerPacket);
    }

    [Fact]
    public void Only_the_shown_totals_are_rounded_to_cents()
    {
        var yeast = new InventoryItem { Name = "Yeast (Standard)", RecipeUnit = Units.G, ConversionFactor = 450, CostPerPurchaseUnit = 250m };
        var mix = new Mix { ExpectedPackets = 132, Lines = [new() { InventoryItem = yeast, Quantity = 200, Unit = Units.G }] };

        var cost = MixCosting.Of(mix);

        Assert.NotEqual(cost.TotalShown, cost.Total);
        Assert.Equal(111.11m, cost.TotalShown);
        Assert.Equal(0.84m, cost.PerPacketShown);
    }
}
