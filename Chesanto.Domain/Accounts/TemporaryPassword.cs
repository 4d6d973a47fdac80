using System.Security.Cryptography;

namespace Chesanto.Domain.Accounts;

/// <summary>12 letters and digits with at least one upper, one lower and one digit (DOMAIN §1.3).</summary>
public static class TemporaryPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Generate(int length = 12)
    {
        var all = Upper + Lower + Digits;
        var chars = new List<char> { Pick(Upper), Pick(Lower), Pick(Digits) };
        while (chars.Count < length) chars.Add(Pick(all));
        return new string(chars.OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).ToArray());
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
