using Chesanto.Domain.Accounts;

namespace Chesanto.Domain.Common;

/// <summary>Who is acting: a signed-in user, or the system (jobs, start-up seeding).</summary>
public sealed record Actor(string? UserId, string Name, Role Role, string? IpAddress = null)
{
    public static readonly Actor System = new(null, "system", Role.Superadmin);
    public static readonly Actor Anonymous = new(null, "anonymous", Role.None);
    public bool IsSignedIn => UserId is not null;
    public bool Can(string permission) => Permissions.Allows(Role, permission);
}

/// <summary>The acting user of the current request, circuit, job or test.</summary>
public interface ICurrentUser
{
    ValueTask<Actor> GetAsync();
}

public static class CurrentUserExtensions
{
    /// <summary>Returns the actor, or refuses when the actor lacks the permission.</summary>
    public static async ValueTask<Actor> RequireAsync(this ICurrentUser currentUser, string permission)
    {
        var actor = await currentUser.GetAsync();
        if (!actor.Can(permission)) throw new PermissionDeniedException(permission);
        return actor;
    }
}

/// <summary>A fixed actor: used by jobs, seeding and tests.</summary>
public sealed class FixedCurrentUser(Actor actor) : ICurrentUser
{
    public Actor Actor { get; set; } = actor;
    public ValueTask<Actor> GetAsync() => ValueTask.FromResult(Actor);
}
