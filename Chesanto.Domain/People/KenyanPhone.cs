using PhoneNumbers;

namespace Chesanto.Domain.People;

/// <summary>Kenyan mobile numbers in any usual form (07.., 01.., 2547.., +2547..) to E.164 +254XXXXXXXXX.</summary>
public static class KenyanPhone
{
    public const string Hint = "Enter a Kenyan mobile number, e.g. 0712 345 678 or +254 712 345 678.";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        try
        {
            var number = Util.Parse(input, "KE");
            if (number.CountryCode != 254 || !Util.IsValidNumber(number)) return null;
            var type = Util.GetNumberType(number);
            if (type is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE)) return null;
            return Util.Format(number, PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
