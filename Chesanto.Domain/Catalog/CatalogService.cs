using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Catalog;

/// <summary>A product with the mix production uses and what that mix costs at today's prices.</summary>
public sealed record ProductCard(Product Product, Mix? ActiveMix, MixCost? Cost);

/// <summary>One recipe line as a clerk enters it.</summary>
public sealed record MixLineInput(int InventoryItemId, decimal Quantity, string Unit);

/// <summary>Products, the inventory items they are made of, and their priced recipes (issue: Products, recipes and inventory).</summary>
public sealed class CatalogService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser,
    BusinessClock clock, IEventHub events)
{
    public async Task<IReadOnlyList<ProductCard>> ListProductsAsync(bool includeInactive = false)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        var products = await db.Products.AsNoTracking().Where(p => includeInactive || p.IsActive).OrderBy(p => p.Name).ToListAsync();
        var mixes = await WithLines(db.Mixes.AsNoTracking()).Where(m => m.IsActive).ToListAsync();
        return products.Select(p => mixes.FirstOrDefault(m => m.ProductId == p.Id) is { } mix
            ? new ProductCard(p, mix, MixCosting.Of(mix)) : new ProductCard(p, null, null)).ToList();
    }

    public async Task<IReadOnlyList<InventoryItem>> ListItemsAsync(bool includeInactive = false)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.InventoryItems.AsNoTracking().Where(i => includeInactive || i.IsActive)
            .OrderBy(i => i.Category).ThenBy(i => i.Name).ToListAsync();
    }

    /// <summary>Every version of a product's recipe, newest first, each priced at today's prices.</summary>
    public async Task<IReadOnlyList<(Mix Mix, MixCost Cost)>> ListMixesAsync(int productId)
    {
        await currentUser.RequireAsync(Permissions.ViewCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        var mixes = await WithLines(db.Mixes.AsNoTracking()).Where(m => m.ProductId == productId).ToListAsync();
        return mixes.OrderByDescending(m => m.Version).Select(m => (m, MixCosting.Of(m))).ToList();
    }

    /// <summary>Adds an item (Id 0) or saves changes to one; a stale <see cref="InventoryItem.Version"/> is refused.</summary>
    public async Task<InventoryItem> SaveItemAsync(InventoryItem input)
    {
        await currentUser.RequireAsync(Permissions.ManageCatalog);
        CatalogRules.Validate(input);
        await using var db = await dbs.CreateDbContextAsync();
        if (await db.InventoryItems.AnyAsync(i => i.Id != input.Id && i.Name == input.Name))
            throw new DomainException($"There is already an item called {input.Name}.", nameof(InventoryItem.Name));
        InventoryItem item;
        if (input.Id == 0)
        {
            item = new InventoryItem { CreatedAt = clock.UtcNow };
            db.InventoryItems.Add(item);
        }
        else
        {
            item = await db.InventoryItems.SingleOrDefaultAsync(i => i.Id == input.Id)
                ?? throw new DomainException("This item no longer exists.");
            db.Entry(item).Property(i => i.Version).OriginalValue = input.Version;
            var lineUnits = await db.MixIngredients.Where(l => l.InventoryItemId == item.Id).Select(l => l.Unit).Distinct().ToListAsync();
            if (lineUnits.FirstOrDefault(u => Units.TryFactor(u, input.RecipeUnit) is null) is { } stranded)
                throw new DomainException($"Recipes measure this item in {stranded}, which cannot be turned into {input.RecipeUnit}.", nameof(InventoryItem.RecipeUnit));
        }
        (item.Name, item.Category, item.PurchaseUnit, item.RecipeUnit) = (input.Name, input.Category, input.PurchaseUnit, input.RecipeUnit);
        (item.ConversionFactor, item.CostPerPurchaseUnit, item.ReorderLevel, item.IsActive) =
            (input.ConversionFactor, input.CostPerPurchaseUnit, input.ReorderLevel, input.IsActive);
        await SaveAsync(db);
        await events.PublishAsync(new InventoryItemChanged(item.Id));
        return item;
    }

    /// <summary>Adds a product (Id 0) or saves changes to one; a stale <see cref="Product.Version"/> is refused.</summary>
    public async Task<Product> SaveProductAsync(Product input)
    {
        await currentUser.RequireAsync(Permissions.ManageCatalog);
        CatalogRules.Validate(input);
        await using var db = await dbs.CreateDbContextAsync();
        if (await db.Products.AnyAsync(p => p.Id != input.Id && p.Name == input.Name))
            throw new DomainException($"There is already a product called {input.Name}.", nameof(Product.Name));
        Product product;
        if (input.Id == 0)
        {
            product = new Product { CreatedAt = clock.UtcNow };
            db.Products.Add(product);
        }
        else
        {
            product = await db.Products.SingleOrDefaultAsync(p => p.Id == input.Id)
                ?? throw new DomainException("This product no longer exists.");
            db.Entry(product).Property(p => p.Version).OriginalValue = input.Version;
        }
        (product.Name, product.Alias, product.Description, product.PacketLabel) = (input.Name, input.Alias, input.Description, input.PacketLabel);
        (product.UnitsPerPacket, product.BaselineOutput, product.MinExpectedOutput, product.MaxExpectedOutput) =
            (input.UnitsPerPacket, input.BaselineOutput, input.MinExpectedOutput, input.MaxExpectedOutput);
        (product.HasVariableOutput, product.IsActive, product.SubProductName) = (input.HasVariableOutput, input.IsActive, input.SubProductName);
        await SaveAsync(db);
        await events.PublishAsync(new ProductChanged(product.Id));
        return product;
    }

    /// <summary>
    /// Starts the next version of a recipe as a copy of <paramref name="fromMixId"/>'s lines. It stays inactive until
    /// <see cref="ActivateMixAsync"/>, so production keeps the current recipe while the new one is written.
    /// </summary>
    public async Task<Mix> CreateMixVersionAsync(int fromMixId, string? notes = null)
    {
        await currentUser.RequireAsync(Permissions.ManageCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        var source = await db.Mixes.AsNoTracking().Include(m => m.Lines).SingleOrDefaultAsync(m => m.Id == fromMixId)
            ?? throw new DomainException("This mix no longer exists.");
        var versions = await db.Mixes.Where(m => m.ProductId == source.ProductId && m.Name == source.Name).Select(m => m.Version).ToListAsync();
        var mix = new Mix
        {
            ProductId = source.ProductId, Name = source.Name, Version = versions.Max() + 1, IsActive = false,
            ExpectedPackets = source.ExpectedPackets, Notes = string.IsNullOrWhiteSpace(notes) ? source.Notes : notes.Trim(),
            CreatedAt = clock.UtcNow,
            Lines = source.Lines.Select(l => new MixIngredient { InventoryItemId = l.InventoryItemId, Quantity = l.Quantity, Unit = l.Unit }).ToList(),
        };
        db.Mixes.Add(mix);
        await SaveAsync(db);
        await events.PublishAsync(new MixChanged(mix.Id, mix.ProductId));
        return mix;
    }

    /// <summary>Makes this mix the product's recipe and retires the previous one, in one transaction.</summary>
    public async Task ActivateMixAsync(int mixId)
    {
        await currentUser.RequireAsync(Permissions.ManageCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        var mix = await db.Mixes.Include(m => m.Lines).SingleOrDefaultAsync(m => m.Id == mixId)
            ?? throw new DomainException("This mix no longer exists.");
        if (mix.IsActive) return;
        if (mix.Lines.Count == 0) throw new DomainException("Add the ingredients before using this mix.", nameof(Mix.Lines));
        await using var tx = await db.Database.BeginTransactionAsync();
        // Retire first, in its own statement: the database allows one active mix per product at any moment.
        foreach (var previous in await db.Mixes.Where(m => m.ProductId == mix.ProductId && m.IsActive).ToListAsync())
            previous.IsActive = false;
        await SaveAsync(db);
        mix.IsActive = true;
        await SaveAsync(db);
        await tx.CommitAsync();
        await events.PublishAsync(new MixChanged(mix.Id, mix.ProductId));
    }

    /// <summary>Replaces a mix's lines and its expected output.</summary>
    public async Task SetLinesAsync(int mixId, IReadOnlyList<MixLineInput> lines, int? expectedPackets = null)
    {
        await currentUser.RequireAsync(Permissions.ManageCatalog);
        await using var db = await dbs.CreateDbContextAsync();
        var mix = await db.Mixes.Include(m => m.Lines).SingleOrDefaultAsync(m => m.Id == mixId)
            ?? throw new DomainException("This mix no longer exists.");
        var ids = lines.Select(l => l.InventoryItemId).ToList();
        var items = await db.InventoryItems.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
        var parsed = CatalogRules.ValidateLines(lines, items);
        if (expectedPackets is { } expected)
            mix.ExpectedPackets = expected >= 0 ? expected : throw new DomainException("Expected packets cannot be negative.", nameof(Mix.ExpectedPackets));
        db.MixIngredients.RemoveRange(mix.Lines.Where(old => parsed.All(p => p.InventoryItemId != old.InventoryItemId)));
        foreach (var line in parsed)
        {
            var existing = mix.Lines.FirstOrDefault(l => l.InventoryItemId == line.InventoryItemId);
            if (existing is null) mix.Lines.Add(line);
            else (existing.Quantity, existing.Unit) = (line.Quantity, line.Unit);
        }
        await SaveAsync(db);
        await events.PublishAsync(new MixChanged(mix.Id, mix.ProductId));
    }

    private static IQueryable<Mix> WithLines(IQueryable<Mix> mixes) =>
        mixes.Include(m => m.Lines).ThenInclude(l => l.InventoryItem);

    private static async Task SaveAsync(ChesantoDbContext db)
    {
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(); }
    }
}
