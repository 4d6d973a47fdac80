using Chesanto.Tests.Support;

namespace Chesanto.Tests.EndToEnd;

/// <summary>Opens the main pages as a clerk would, on a laptop and on a phone, and keeps screenshots to look at.</summary>
[Collection(AppCollection.Name)]
public sealed class PagesLookTests(AppHost app)
{
    [Theory]
    [InlineData(1280, 800, "laptop")]
    [InlineData(390, 844, "phone")]
    public async Task The_ceo_can_open_every_module_page(int width, int height, string device)
    {
        var page = await app.NewPageAsync(width, height);
        await page.SignInAsync(AppHost.AdminEmail, AppHost.AdminPassword);
        await page.WaitForURLAsync(app.BaseUrl + "/");
        foreach (var (path, heading) in new[] { ("/", "Karibu"), ("/people", "Staff"), ("/people/new", "employee"), ("/catalog", "Products"), ("/catalog/prices", "Prices"), ("/inventory/items", "Items"), ("/inventory/purchases", "Purchases"), ("/inventory/wastage", "Wastage"), ("/admin/users", "Users"), ("/admin/audit", "Audit"), ("/profile", "My profile"), ("/attendance", "My attendance"), ("/attendance/board", "Attendance board"), ("/attendance/reports", "Attendance reports"), ("/attendance/pins", "Kiosk PINs") })
        {
            await page.GotoAsync(path);
            await page.WaitForCircuitAsync();
            Assert.Contains(heading, await page.InnerTextAsync("h1"), StringComparison.OrdinalIgnoreCase);
            await page.ScreenshotAsync($"{device}{(path == "/" ? "-dashboard" : path.Replace('/', '-'))}");
        }
    }

    [Fact]
    public async Task The_sign_in_page_fits_a_phone()
    {
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync("/Account/Login");
        Assert.Equal("Sign in", await page.InnerTextAsync("h1"));
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await page.ScreenshotAsync("phone-login");
    }
}
