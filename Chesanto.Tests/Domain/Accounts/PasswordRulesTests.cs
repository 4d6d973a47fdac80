using Chesanto.Domain.Accounts;

namespace Chesanto.Tests.Domain.Accounts;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("12345678")]
    [InlineData("Qwertyuiop")]
    public void Common_passwords_are_refused(string password) => Assert.True(CommonPasswordValidator.IsCommon(password));

    [Fact]
    public void A_bakery_sentence_is_not_common() => Assert.False(CommonPasswordValidator.IsCommon("kdf and scones at dawn"));

    [Fact]
    public void A_temporary_password_has_12_letters_and_digits_with_upper_lower_and_digit()
    {
        for (var i = 0; i < 50; i++)
        {
            var p = TemporaryPassword.Generate();
            Assert.Equal(12, p.Length);
            Assert.True(p.All(char.IsAsciiLetterOrDigit) && p.Any(char.IsUpper) && p.Any(char.IsLower) && p.Any(char.IsDigit), p);
        }
    }
}
