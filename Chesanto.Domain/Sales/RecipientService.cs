using Chesanto.Domain.Accounts;
using Chesanto.Domain.Catalog;
using Chesanto.Domain.Common;
using Chesanto.Domain.Data;
using Chesanto.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Chesanto.Domain.Sales;

/// <summary>What the recipient form edits. <see cref="SettlesLate"/> null: depots and schools settle late, others do not.</summary>
public sealed class RecipientInput
{
    public string Name { get; set; } = "";
    public RecipientKind Kind { get; set; }
    public PriceChannel DefaultChannel { get; set; }
    public bool? SettlesLate { get; set; }
    public int? EmployeeId { get; set; }
    public string? UserId { get; set; }
    public string? Phone { get; set; }
    public bool IsActive { get; set; } = true;

    public static bool SettlesLateByDefault(RecipientKind kind) => kind is RecipientKind.Depot or RecipientKind.School;

    public static RecipientInput From(SalesRecipient r) => new()
    {
        Name = r.Name, Kind = r.Kind, DefaultChannel = r.DefaultChannel, SettlesLate = r.SettlesLate, EmployeeId = r.EmployeeId,
        UserId = r.UserId, Phone = r.Phone, IsActive = r.IsActive,
    };
}

/// <summary>KES per packet sold of one product; 0 or a missing product pays nothing.</summary>
public sealed record RateInput(int ProductId, decimal PerUnit);

public sealed record PlanInput(DateOnly EffectiveFrom, decimal? DailyTarget, decimal BonusPercent, IReadOnlyList<RateInput> Rates);

/// <summary>A person or login the recipient form can link.</summary>
public sealed record RecipientLinkChoice(string Key, string Label);

/// <summary>A product a plan can pay commission on (inactive ones still name old rates).</summary>
public sealed record PlanProduct(int Id, string Name, bool IsActive);

public sealed record RecipientLinkChoices(IReadOnlyList<RecipientLinkChoice> Logins, IReadOnlyList<RecipientLinkChoice> Employees);

/// <summary>The routes, agents, depots and buyers goods go out to, and their commission plans (DOMAIN §5.1, §5.4.7–8).</summary>
public sealed class RecipientService(IDbContextFactory<ChesantoDbContext> dbs, ICurrentUser currentUser, BusinessClock clock, IEventHub events)
{
    public const int NameMaxLength = 100;

    public async Task<IReadOnlyList<SalesRecipient>> ListAsync(bool includeInactive = false)
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        var query = db.SalesRecipients.AsNoTracking().Include(r => r.Plans).ThenInclude(p => p.Rates).AsSplitQuery();
        if (!includeInactive) query = query.Where(r => r.IsActive);
        return await query.OrderBy(r => r.Name).ToListAsync();
    }

    /// <summary>The recipient with its plans, newest first.</summary>
    public async Task<SalesRecipient?> GetAsync(int id)
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        return Sorted(await db.SalesRecipients.AsNoTracking().Include(r => r.Plans).ThenInclude(p => p.Rates).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == id));
    }

    /// <summary>The recipient a login runs, for a salesman's own pages; others need <see cref="Permissions.ViewSales"/>.</summary>
    public async Task<SalesRecipient?> RecipientForUserAsync(string userId)
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewOwnSales);
        if (actor.UserId != userId && !actor.Can(Permissions.ViewSales)) throw new PermissionDeniedException(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        return Sorted(await db.SalesRecipients.AsNoTracking().Include(r => r.Plans).ThenInclude(p => p.Rates).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.UserId == userId));
    }

    /// <summary>Logins and staff a recipient can be linked to (with labels, so lists can show the links too).</summary>
    public async Task<RecipientLinkChoices> LinkChoicesAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        var logins = await db.Users.AsNoTracking().Where(u => u.DeletedAt == null).OrderBy(u => u.FirstName).ThenBy(u => u.LastName)
            .Select(u => new RecipientLinkChoice(u.Id, u.FirstName + " " + u.LastName + " (" + u.Email + ")")).ToListAsync();
        var staff = await db.Employees.AsNoTracking().Where(e => e.Status != EmploymentStatus.Terminated).OrderBy(e => e.EmployeeNumber)
            .Select(e => new RecipientLinkChoice(e.Id.ToString(), e.EmployeeNumber + " " + e.FirstName + " " + e.LastName)).ToListAsync();
        return new RecipientLinkChoices(logins, staff);
    }

    /// <summary>The products, in catalog order, so plans can name their rates.</summary>
    public async Task<IReadOnlyList<PlanProduct>> ProductsAsync()
    {
        await currentUser.RequireAsync(Permissions.ViewSales);
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Products.AsNoTracking().OrderBy(p => p.Id).Select(p => new PlanProduct(p.Id, p.Name, p.IsActive)).ToListAsync();
    }

    public async Task<SalesRecipient> CreateAsync(RecipientInput input)
    {
        await currentUser.RequireAsync(Permissions.ManageRecipients);
        await using var db = await dbs.CreateDbContextAsync();
        var recipient = new SalesRecipient { CreatedAt = clock.UtcNow };
        await ApplyAsync(db, recipient, input);
        db.SalesRecipients.Add(recipient);
        await db.SaveChangesAsync();
        await events.PublishAsync(new RecipientsChanged(recipient.Id));
        return recipient;
    }

    /// <summary>Saves changes; a stale <paramref name="version"/> is refused, and so is a rename once goods went out under the name.</summary>
    public async Task<SalesRecipient> UpdateAsync(int id, RecipientInput input, Guid version)
    {
        await currentUser.RequireAsync(Permissions.ManageRecipients);
        await using var db = await dbs.CreateDbContextAsync();
        var recipient = await db.SalesRecipients.SingleOrDefaultAsync(r => r.Id == id) ?? throw new DomainException("This recipient no longer exists.");
        db.Entry(recipient).Property(r => r.Version).OriginalValue = version;
        var oldName = recipient.Name;
        await ApplyAsync(db, recipient, input);
        if (recipient.Name != oldName && await db.Dispatches.AnyAsync(d => d.RecipientId == id))
            throw new DomainException($"Goods and crates went out under \"{oldName}\", so it keeps its name (it is the crate route). Add a new recipient instead.",
                nameof(RecipientInput.Name));
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateConcurrencyException) { throw new ConcurrencyConflictException(); }
        await events.PublishAsync(new RecipientsChanged(recipient.Id));
        return recipient;
    }

    /// <summary>
    /// Adds the plan in force from <see cref="PlanInput.EffectiveFrom"/>, or replaces the plan starting that same day.
    /// Older plans are history and stay as they were.
    /// </summary>
    public async Task<CommissionPlan> SetPlanAsync(int recipientId, PlanInput input)
    {
        var actor = await currentUser.RequireAsync(Permissions.ManageRecipients);
        if (input.EffectiveFrom == default) throw new DomainException("Enter the day the plan starts.", nameof(PlanInput.EffectiveFrom));
        if (input.EffectiveFrom < clock.Today && !actor.Can(Permissions.EditPastSales))
            throw new DomainException("A plan starts today or later.", nameof(PlanInput.EffectiveFrom));
        if (input.DailyTarget is <= 0) throw new DomainException("A daily target is more than 0 (leave it empty for no bonus).", nameof(PlanInput.DailyTarget));
        if (input.BonusPercent is < 0 or > 100) throw new DomainException("A bonus is between 0 and 100 %.", nameof(PlanInput.BonusPercent));
        if (input.BonusPercent > 0 && input.DailyTarget is null) throw new DomainException("A bonus needs a daily target.", nameof(PlanInput.DailyTarget));
        if (input.Rates.Any(r => r.PerUnit < 0)) throw new DomainException("A commission cannot be negative.", "Rates");
        if (input.Rates.GroupBy(r => r.ProductId).Any(g => g.Count() > 1)) throw new DomainException("Each product has one rate.", "Rates");

        await using var db = await dbs.CreateDbContextAsync();
        if (!await db.SalesRecipients.AnyAsync(r => r.Id == recipientId)) throw new DomainException("This recipient no longer exists.");
        var productIds = input.Rates.Select(r => r.ProductId).ToList();
        if (await db.Products.CountAsync(p => productIds.Contains(p.Id)) != productIds.Count) throw new DomainException("A product no longer exists.", "Rates");

        var plan = await db.CommissionPlans.Include(p => p.Rates)
            .SingleOrDefaultAsync(p => p.RecipientId == recipientId && p.EffectiveFrom == input.EffectiveFrom);
        if (plan is null)
        {
            plan = new CommissionPlan { RecipientId = recipientId, EffectiveFrom = input.EffectiveFrom };
            db.CommissionPlans.Add(plan);
        }
        plan.DailyTarget = input.DailyTarget;
        plan.BonusPercent = input.BonusPercent;
        plan.SetAt = clock.UtcNow;
        plan.SetByName = actor.Name;
        plan.Rates.Clear();
        plan.Rates.AddRange(input.Rates.Select(r => new CommissionRate { ProductId = r.ProductId, PerUnit = r.PerUnit }));
        await db.SaveChangesAsync();
        await events.PublishAsync(new RecipientsChanged(recipientId));
        return plan;
    }

    /// <summary>The plan in force on <paramref name="day"/> (latest start on or before it), or null.</summary>
    public async Task<CommissionPlan?> PlanOnAsync(int recipientId, DateOnly day)
    {
        var actor = await currentUser.RequireAsync(Permissions.ViewOwnSales);
        await using var db = await dbs.CreateDbContextAsync();
        if (!actor.Can(Permissions.ViewSales) && !await db.SalesRecipients.AnyAsync(r => r.Id == recipientId && r.UserId == actor.UserId))
            throw new PermissionDeniedException(Permissions.ViewSales);
        return await SalesRules.PlanOnAsync(db, recipientId, day);
    }

    /// <summary>The plan in force on a day among loaded plans.</summary>
    public static CommissionPlan? PlanIn(SalesRecipient recipient, DateOnly day) =>
        recipient.Plans.Where(p => p.EffectiveFrom <= day).MaxBy(p => p.EffectiveFrom);

    private static SalesRecipient? Sorted(SalesRecipient? recipient)
    {
        recipient?.Plans.Sort((a, b) => b.EffectiveFrom.CompareTo(a.EffectiveFrom));
        return recipient;
    }

    private static async Task ApplyAsync(ChesantoDbContext db, SalesRecipient recipient, RecipientInput input)
    {
        var name = string.Join(' ', (input.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0) throw new DomainException("Enter the name, e.g. Joel/Enos or Matayos Depot.", nameof(RecipientInput.Name));
        if (name.Length > NameMaxLength) throw new DomainException($"A name has at most {NameMaxLength} characters.", nameof(RecipientInput.Name));
        var lower = name.ToLower();
        if (await db.SalesRecipients.AnyAsync(r => r.Id != recipient.Id && r.Name.ToLower() == lower))
            throw new DomainException($"There is already a recipient called {name}.", nameof(RecipientInput.Name));
        if (!Enum.IsDefined(input.Kind)) throw new DomainException("Choose the kind.", nameof(RecipientInput.Kind));
        if (!Enum.IsDefined(input.DefaultChannel)) throw new DomainException("Choose the price list.", nameof(RecipientInput.DefaultChannel));

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.Phone))
            phone = KenyanPhone.Normalize(input.Phone) ?? throw new DomainException(KenyanPhone.Hint, nameof(RecipientInput.Phone));
        if (input.EmployeeId is { } employeeId && !await db.Employees.AnyAsync(e => e.Id == employeeId))
            throw new DomainException("This staff member is not on the register.", nameof(RecipientInput.EmployeeId));
        var userId = string.IsNullOrWhiteSpace(input.UserId) ? null : input.UserId;
        if (userId is not null)
        {
            if (!await db.Users.AnyAsync(u => u.Id == userId && u.DeletedAt == null))
                throw new DomainException("This login does not exist.", nameof(RecipientInput.UserId));
            if (await db.SalesRecipients.AnyAsync(r => r.Id != recipient.Id && r.UserId == userId))
                throw new DomainException("This login already belongs to another recipient.", nameof(RecipientInput.UserId));
        }

        recipient.Name = name;
        recipient.Kind = input.Kind;
        recipient.DefaultChannel = input.DefaultChannel;
        recipient.SettlesLate = input.SettlesLate ?? RecipientInput.SettlesLateByDefault(input.Kind);
        recipient.EmployeeId = input.EmployeeId;
        recipient.UserId = userId;
        recipient.Phone = phone;
        recipient.IsActive = input.IsActive;
    }
}
