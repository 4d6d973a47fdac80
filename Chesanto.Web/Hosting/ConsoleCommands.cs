using Chesanto.Domain.Accounts;
using Chesanto.Domain.Common;

namespace Chesanto.Web.Hosting;

/// <summary>Operator commands: `dotnet run --project Chesanto.Web -- set-primary-superadmin EMAIL --confirm`.</summary>
public static class ConsoleCommands
{
    /// <summary>Runs the command named in the arguments, if any; true means the app should exit.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.ElementAtOrDefault(0) != "set-primary-superadmin") return false;
        var email = args.ElementAtOrDefault(1);
        if (email is null || !args.Contains("--confirm"))
        {
            Console.Error.WriteLine("Usage: set-primary-superadmin EMAIL --confirm   (the current primary superadmin loses the mark)");
            Environment.ExitCode = 2;
            return true;
        }
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<PrimarySuperadmin>().TransferAsync(email);
            Console.WriteLine($"{email} is now the primary superadmin.");
        }
        catch (DomainException e)
        {
            Console.Error.WriteLine(e.Message);
            Environment.ExitCode = 1;
        }
        return true;
    }
}
