using Chesanto.Domain.People;

namespace Chesanto.Tests.Domain.People;

public sealed class KenyanPhoneTests
{
    [Theory]
    [InlineData("0712345678", "+254712345678")]
    [InlineData("0712 345 678", "+254712345678")]
    [InlineData("0112 345 678", "+254112345678")]
    [InlineData("254712345678", "+254712345678")]
    [InlineData("+254712345678", "+254712345678")]
    [InlineData("+254 712 345 678", "+254712345678")]
    public void Every_usual_way_of_writing_a_mobile_becomes_the_international_form(string written, string expected) =>
        Assert.Equal(expected, KenyanPhone.Normalize(written));

    [Theory]
    [InlineData("020 222 2222")]       // Nairobi landline
    [InlineData("+254 20 222 2222")]   // the same landline, international
    [InlineData("+1 202 555 0143")]    // not Kenyan
    [InlineData("0712 345")]           // too short
    [InlineData("07123456789")]        // too long
    [InlineData("mpesa")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? written) =>
        Assert.Null(KenyanPhone.Normalize(written));
}
