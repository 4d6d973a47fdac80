using MudBlazor;

namespace Chesanto.Web.Components.Layout;

/// <summary>Crust brown and flour cream, readable on a phone in the bakery's daylight.</summary>
public static class BakeryTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#8B4513",
            Secondary = "#C77D2E",
            AppbarBackground = "#6B3410",
            Background = "#FBF8F3",
            DrawerBackground = "#FFFFFF",
            Success = "#2E7D32",
            Warning = "#ED6C02",
            Error = "#C62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Roboto", "Segoe UI", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
