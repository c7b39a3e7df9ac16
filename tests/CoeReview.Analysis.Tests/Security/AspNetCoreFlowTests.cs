namespace CoeReview.Analysis.Tests.Security;

/// <summary>ASP.NET Core sources by symbol: action parameters, minimal-API handler parameters and HttpRequest members.</summary>
public sealed class AspNetCoreFlowTests
{
    private static readonly RoslynAnalysisEngine s_rules = new(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });

    private static async Task<List<(string Category, int Line)>> FindAsync(string code)
    {
        var files = new Dictionary<string, string>
        {
            ["Web/Web.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>",
            ["Web/Code.cs"] = code,
        };
        var found = await s_rules.AnalyzeAsync(Fixtures.InMemory(files, "Web/Code.cs"), CancellationToken.None);
        return found.Where(f => f.RuleId.StartsWith("COE-SEC", StringComparison.Ordinal)).Select(f => (f.Category, f.Line)).Order().ToList();
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task Action_and_handler_parameters_and_request_members_are_sources_and_local_checks_are_respected()
    {
        var found = await FindAsync("""
            using Microsoft.AspNetCore.Mvc;
            public sealed class FilesController : ControllerBase
            {
                public IActionResult Get(string name) => PhysicalFile("/srv/files/" + name, "text/plain");
                public IActionResult Safe(string name) => PhysicalFile("/srv/files/" + Path.GetFileName(name), "text/plain");
                public IActionResult Back(string returnUrl) => Url.IsLocalUrl(returnUrl) ? Redirect(returnUrl) : Redirect("/");
                public IActionResult Away() => Redirect(Request.Query["next"].ToString());
            }
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/go", (string to) => Results.Redirect(to));
                    app.MapGet("/hello", (HttpResponse response, string who) => response.WriteAsync("<b>" + who + "</b>"));
                }
            }
            """);

        Assert.Equal([("open-redirect", 7), ("open-redirect", 13), ("path-traversal", 4), ("xss", 14)], found);
    }
}
