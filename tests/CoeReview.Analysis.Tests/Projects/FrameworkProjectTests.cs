namespace CoeReview.Analysis.Tests.Projects;

/// <summary>
/// Projects of other kinds, restored and built by dotnet where the machine can: multi-targeting,
/// ASP.NET Core with its shared framework, the SDK's source generators, a legacy .NET Framework csproj.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FrameworkProjectTests : IDisposable
{
    private readonly DiskRepo _disk = new(new Dictionary<string, string>());

    [Fact]
    public async Task A_multi_targeting_library_is_compiled_for_its_newest_framework_with_that_frameworks_defines()
    {
        _disk.Write("Multi/Multi.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks><LangVersion>latest</LangVersion></PropertyGroup></Project>");
        _disk.Write("Multi/Text.cs", """
            namespace Multi;

            public static class Text
            {
            #if NET8_0_OR_GREATER
                public static bool Has(string s, char c) => s.Contains(c);
            #else
                public static bool Has(string s, char c) => s.IndexOf(c) >= 0;
            #endif
            }
            """);
        _disk.Restore("Multi/Multi.csproj");

        var built = _disk.Build("Multi/Multi.csproj");
        var (found, projects) = await _disk.ReviewAsync("Multi/Text.cs");

        Assert.Empty(built);
        Assert.Empty(found);
        var project = Assert.Single(projects);
        Assert.Equal(("net10.0", "complete"), (project.TargetFramework, project.Status));
        Assert.Equal(["netstandard2.0", "net10.0"], project.TargetFrameworks);
    }

    [Fact]
    public async Task An_aspnetcore_app_sees_its_shared_framework_and_web_usings_and_the_sdks_generators_run()
    {
        _disk.Write("Web/Web.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup></Project>");
        _disk.Write("Web/Program.cs", """
            using System.Text.Json.Serialization;
            using System.Text.RegularExpressions;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            var app = builder.Build();
            app.MapGet("/hello/{name}", (string name, ILogger<Program> log) =>
            {
                log.LogInformation("hello {Name}", name);
                return Results.Json(new Greeting(Names.Valid().IsMatch(name) ? name : "?"), AppJson.Default.Greeting);
            });
            app.Run();

            public sealed record Greeting(string Name);

            [JsonSerializable(typeof(Greeting))]
            internal sealed partial class AppJson : JsonSerializerContext;

            internal static partial class Names
            {
                [GeneratedRegex("^[a-z]+$")]
                public static partial Regex Valid();
            }
            """);
        _disk.Restore("Web/Web.csproj");

        var built = _disk.Build("Web/Web.csproj");
        var (found, projects) = await _disk.ReviewAsync("Web/Program.cs");

        Assert.Empty(built);
        Assert.Empty(found);
        Assert.Equal("complete", Assert.Single(projects).Status);
    }

    [Fact]
    public async Task A_legacy_net48_csproj_compiles_against_the_framework_reference_assemblies_with_System_Web()
    {
        _disk.Write("Legacy/Legacy.csproj", """
            <?xml version="1.0" encoding="utf-8"?>
            <Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <Import Project="$(MSBuildExtensionsPath)\$(MSBuildToolsVersion)\Microsoft.Common.props" Condition="Exists('$(MSBuildExtensionsPath)\$(MSBuildToolsVersion)\Microsoft.Common.props')" />
              <PropertyGroup>
                <Configuration Condition=" '$(Configuration)' == '' ">Debug</Configuration>
                <Platform Condition=" '$(Platform)' == '' ">AnyCPU</Platform>
                <OutputType>Library</OutputType>
                <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>
              </PropertyGroup>
              <PropertyGroup Condition=" '$(Configuration)|$(Platform)' == 'Debug|AnyCPU' ">
                <DefineConstants>DEBUG;TRACE</DefineConstants>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="System" />
                <Reference Include="System.Web" />
                <Reference Include="System.DirectoryServices" />
              </ItemGroup>
              <ItemGroup>
                <Compile Include="Handlers\Echo.cs" />
              </ItemGroup>
              <Import Project="$(MSBuildToolsPath)\Microsoft.CSharp.targets" />
            </Project>
            """);
        _disk.Write("Legacy/Handlers/Echo.cs", """
            using System.DirectoryServices;
            using System.Web;

            namespace Legacy.Handlers
            {
                public class Echo : IHttpHandler
                {
                    public bool IsReusable { get { return true; } }

                    public void ProcessRequest(HttpContext context)
                    {
            #if DEBUG
                        var searcher = new DirectorySearcher("(cn=" + context.Request.QueryString["q"] + ")");
                        context.Response.Write(HttpUtility.HtmlEncode(searcher.Filter));
            #endif
                    }
                }
            }
            """);
        _disk.Write("Legacy/Handlers/NotInProject.cs", "namespace Legacy { class Stray { int x = \"no\"; } }\n");

        var (found, projects) = await _disk.ReviewAsync("Legacy/Handlers/Echo.cs", "Legacy/Handlers/NotInProject.cs");

        Assert.Empty(found);
        var project = Assert.Single(projects);
        Assert.Equal(("net48", "complete"), (project.TargetFramework, project.Status));

        _disk.Write("Legacy/Handlers/Echo.cs", File.ReadAllText(Path.Combine(_disk.Root, "Legacy/Handlers/Echo.cs")).Replace("searcher.Filter", "searcher.Filtr", StringComparison.Ordinal));
        var (planted, _) = await _disk.ReviewAsync("Legacy/Handlers/Echo.cs");
        Assert.Equal(["CS1061"], planted.Select(f => f.RuleId));
    }

    public void Dispose() => _disk.Dispose();
}
