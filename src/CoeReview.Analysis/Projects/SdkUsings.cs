namespace CoeReview.Analysis.Projects;

/// <summary>
/// The global usings each SDK generates when ImplicitUsings is enabled
/// (https://learn.microsoft.com/dotnet/core/project-sdk/overview#implicit-using-directives).
/// </summary>
internal static class SdkUsings
{
    private static readonly string[] s_hosting =
        ["Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging"];

    public static IReadOnlyList<string> For(string sdk, TargetFramework? framework, bool windowsForms, bool wpf)
    {
        ArgumentNullException.ThrowIfNull(sdk);
        var name = sdk.Split('/')[0].Trim();
        var list = new List<string> { "System", "System.Collections.Generic", "System.IO", "System.Linq" };
        if (framework is not { Family: TargetFamily.NetFramework })
        {
            list.Add("System.Net.Http");
        }

        list.AddRange(["System.Threading", "System.Threading.Tasks"]);
        if (Is(name, ".Web"))
        {
            list.AddRange(["System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", .. s_hosting]);
        }
        else if (Is(name, ".BlazorWebAssembly"))
        {
            list.AddRange(["System.Net.Http.Json", "Microsoft.AspNetCore.Components.Forms", "Microsoft.AspNetCore.Components.Routing", "Microsoft.AspNetCore.Components.Web",
                "Microsoft.AspNetCore.Components.Web.Virtualization", "Microsoft.AspNetCore.Components.WebAssembly.Http", "Microsoft.Extensions.Configuration",
                "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Logging"]);
        }
        else if (Is(name, ".Worker"))
        {
            list.AddRange(s_hosting);
        }
        else if (name.StartsWith("MSTest.Sdk", StringComparison.OrdinalIgnoreCase))
        {
            list.Add("Microsoft.VisualStudio.TestTools.UnitTesting");
        }
        else if (name.StartsWith("Aspire.AppHost.Sdk", StringComparison.OrdinalIgnoreCase))
        {
            list.AddRange(["Aspire.Hosting", "Aspire.Hosting.ApplicationModel"]);
        }

        if (windowsForms)
        {
            list.AddRange(["System.Drawing", "System.Windows.Forms"]);
        }
        else if (wpf)
        {
            list.Remove("System.IO");
            list.Remove("System.Net.Http");
        }

        return list;
    }

    private static bool Is(string name, string suffix) => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
}
