namespace CoeReview.Analysis.Workspace;

/// <summary>
/// The global usings the .NET SDK generates for net10.0 when ImplicitUsings is enabled, per SDK
/// (https://learn.microsoft.com/dotnet/core/project-sdk/overview#implicit-using-directives).
/// </summary>
public static class ImplicitUsings
{
    private static readonly string[] s_base =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    private static readonly string[] s_hosting =
    [
        "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    private static readonly string[] s_web =
    [
        "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing",
    ];

    private static readonly string[] s_desktop = ["System.Drawing", "System.Windows.Forms"];

    /// <summary>The namespaces for an SDK name such as Microsoft.NET.Sdk.Web.</summary>
    public static IReadOnlyList<string> For(string sdk)
    {
        ArgumentNullException.ThrowIfNull(sdk);
        var name = sdk.Split('/')[0].Trim();
        if (name.EndsWith(".Web", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Razor", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".BlazorWebAssembly", StringComparison.OrdinalIgnoreCase))
        {
            return [.. s_base, .. s_web, .. s_hosting];
        }

        if (name.EndsWith(".Worker", StringComparison.OrdinalIgnoreCase))
        {
            return [.. s_base, .. s_hosting];
        }

        if (name.EndsWith(".WindowsDesktop", StringComparison.OrdinalIgnoreCase))
        {
            return [.. s_base, .. s_desktop];
        }

        return s_base;
    }
}
