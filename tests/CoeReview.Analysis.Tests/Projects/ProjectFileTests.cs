using CoeReview.Analysis.Projects;

namespace CoeReview.Analysis.Tests.Projects;

/// <summary>Project files read as MSBuild reads them, and bad ones turned into warnings and a degraded review, never a crash.</summary>
public sealed class ProjectFileTests
{
    private const string AsyncCode = "namespace P;\n\npublic sealed class A\n{\n    public async Task<int> GetAsync() { await Task.Yield(); return 1; }\n}\n";

    [Fact]
    public void Imports_follow_property_functions_conditions_and_the_nearest_Directory_Build_props()
    {
        var model = ProjectSettingsTests.Read(
            new Dictionary<string, string>
            {
                ["Directory.Build.props"] = "<Project><PropertyGroup><Nullable>warnings</Nullable></PropertyGroup></Project>",
                ["src/Directory.Build.props"] = "<Project><Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" />"
                    + "<Import Project=\"$(MSBuildThisFileDirectory)../eng/Common.props\" Condition=\"Exists('$(MSBuildThisFileDirectory)../eng/Common.props')\" />"
                    + "<Import Project=\"nope.props\" Condition=\"Exists('nope.props')\" /></Project>",
                ["eng/Common.props"] = "<Project><PropertyGroup><ImplicitUsings Condition=\"'$(IsTestProject)' != 'true' and $(MSBuildProjectName.EndsWith('App'))\">enable</ImplicitUsings>"
                    + "<DefineConstants>$(DefineConstants);COMMON</DefineConstants></PropertyGroup></Project>",
                ["src/App/App.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>"
                    + "<ItemGroup Condition=\"'$(TargetFramework)' == 'net8.0'\"><Using Include=\"System.Text\" /><Using Remove=\"System.Net.Http\" /></ItemGroup></Project>",
            },
            "src/App/App.csproj");

        Assert.Equal(Microsoft.CodeAnalysis.NullableContextOptions.Warnings, model.Nullable);
        Assert.Contains(new GlobalUsing("System.Linq", null, false), model.GlobalUsings);
        Assert.Contains(new GlobalUsing("System.Text", null, false), model.GlobalUsings);
        Assert.DoesNotContain(new GlobalUsing("System.Net.Http", null, false), model.GlobalUsings);
        Assert.Contains("COMMON", model.Defines);
        Assert.Contains("NET8_0_OR_GREATER", model.Defines);
        Assert.DoesNotContain("NET9_0_OR_GREATER", model.Defines);
        Assert.Equal(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12, model.LanguageVersion);
        Assert.Empty(model.Warnings);
    }

    [Fact]
    public async Task A_corrupt_project_file_is_a_warning_with_its_line_and_a_degraded_review_not_a_crash()
    {
        var files = new Dictionary<string, string>
        {
            ["p/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <ImplicitUsings>enable\n</Project>\n",
            ["p/A.cs"] = AsyncCode + "public sealed class B { public Missing M() => null!; }\n",
        };
        var engine = new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly);
        var diff = Fixtures.InMemory(files, "p/A.cs");

        var found = await engine.AnalyzeAsync(diff, CancellationToken.None);

        Assert.Empty(found);
        var project = Assert.Single(engine.ProjectsOf(diff));
        Assert.Equal("degraded", project.Status);
        Assert.Contains(project.Warnings, w => w.StartsWith("p/P.csproj:4: not well-formed XML", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_imported_props_file_is_a_warning_naming_the_file_and_line()
    {
        var files = new Dictionary<string, string>
        {
            ["p/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <Import Project=\"../eng/Missing.props\" />\n  <PropertyGroup><ImplicitUsings>enable</ImplicitUsings><TargetFramework>net10.0</TargetFramework></PropertyGroup>\n</Project>\n",
            ["p/A.cs"] = AsyncCode,
        };
        var engine = new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly);
        var diff = Fixtures.InMemory(files, "p/A.cs");

        var found = await engine.AnalyzeAsync(diff, CancellationToken.None);

        Assert.Empty(found);
        Assert.Contains("p/P.csproj:2: imported project '../eng/Missing.props' was not found", Assert.Single(engine.ProjectsOf(diff)).Warnings);
    }

    [Fact]
    public async Task An_assets_file_for_another_framework_is_a_warning_and_the_packages_count_as_missing()
    {
        using var disk = new DiskRepo(new Dictionary<string, string>
        {
            ["p/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>"
                + "<ItemGroup><PackageReference Include=\"Serilog\" Version=\"4.0.0\" /></ItemGroup></Project>",
            ["p/obj/project.assets.json"] = "{\"version\":3,\"targets\":{\"net8.0\":{}},\"libraries\":{},\"packageFolders\":{},\"project\":{\"frameworks\":{\"net8.0\":{}}}}",
            ["p/A.cs"] = AsyncCode + "public sealed class L { public Serilog.ILogger? Log { get; set; } }\n",
        });

        var (found, projects) = await disk.ReviewAsync("p/A.cs");

        Assert.Empty(found);
        var project = Assert.Single(projects);
        Assert.Equal(("degraded", false), (project.Status, project.Restored));
        Assert.Contains("Serilog", project.Missing);
        Assert.Contains(project.Warnings, w => w.Contains("restored for net8.0, not for net10.0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warnings_follow_NoWarn_Nullable_and_globalconfig_severities()
    {
        const string code = "namespace P;\n\npublic sealed class A\n{\n    public void M()\n    {\n        int unused;\n        string s = null;\n        System.Console.WriteLine(s);\n    }\n\n    public void N() { int alsoUnused; }\n}\n";
        var quiet = new Dictionary<string, string>
        {
            [".globalconfig"] = "dotnet_diagnostic.CS0168.severity = none\n",
            ["p/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>",
            ["p/A.cs"] = code,
        };
        var loud = new Dictionary<string, string>
        {
            ["p/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><NoWarn>$(NoWarn);8604</NoWarn></PropertyGroup></Project>",
            ["p/A.cs"] = code,
        };

        var silenced = await new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly).AnalyzeAsync(Fixtures.InMemory(quiet, "p/A.cs"), CancellationToken.None);
        var reported = await new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly).AnalyzeAsync(Fixtures.InMemory(loud, "p/A.cs"), CancellationToken.None);

        Assert.Empty(silenced);
        Assert.Equal([("CS0168", 7), ("CS8600", 8), ("CS0168", 12)], reported.Select(f => (f.RuleId, f.Line)));
    }

    [Fact]
    public void TreatWarningsAsErrors_and_multi_targeting_are_read_from_the_project()
    {
        var model = ProjectSettingsTests.Read(
            new Dictionary<string, string>
            {
                ["p/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFrameworks>net48;netstandard2.0;net8.0</TargetFrameworks>"
                    + "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>CS0618</WarningsNotAsErrors></PropertyGroup>"
                    + "<PropertyGroup Condition=\"'$(TargetFramework)' == 'net8.0'\"><AllowUnsafeBlocks>true</AllowUnsafeBlocks></PropertyGroup></Project>",
            },
            "p/P.csproj");

        Assert.Equal(("net8.0", true, true), (model.Framework?.Moniker, model.TreatWarningsAsErrors, model.AllowUnsafeBlocks));
        Assert.Equal(["CS0618"], model.WarningsNotAsErrors);
        Assert.Equal(["net48", "netstandard2.0", "net8.0"], model.Frameworks);
    }

    [Fact]
    public async Task A_file_based_app_is_read_as_the_sdk_reads_it_and_its_packages_count_as_missing()
    {
        var files = new Dictionary<string, string>
        {
            ["scripts/hello.cs"] = "#!/usr/bin/env dotnet\n#:package Humanizer@2.14.1\n#:property LangVersion=preview\n\nusing Humanizer;\n\nConsole.WriteLine(\"hello\".Humanize());\nawait Task.Delay(1);\n",
        };
        var engine = new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly);
        var diff = Fixtures.InMemory(files, "scripts/hello.cs");

        var found = await engine.AnalyzeAsync(diff, CancellationToken.None);

        Assert.Empty(found);
        Assert.Equal("degraded", Assert.Single(engine.ProjectsOf(diff)).Status);
    }

    [Fact]
    public async Task A_file_that_another_project_links_in_is_compiled_with_that_project()
    {
        // Given a shared helper that its own folder's legacy project leaves out and a sibling links in
        var files = new Dictionary<string, string>
        {
            ["Core/Core.csproj"] = "<Project ToolsVersion=\"4.0\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\"><PropertyGroup><TargetFrameworkVersion>v4.8</TargetFrameworkVersion></PropertyGroup>"
                + "<ItemGroup><Compile Include=\"Other.cs\" /></ItemGroup></Project>",
            ["Core/Other.cs"] = "namespace Core { public class Other { } }\n",
            ["Core/Helper.cs"] = "namespace Shared { internal static class Helper { public static int Twice(int x) { int wrong = \"x\"; return x * 2; } } }\n",
            ["Data/Data.csproj"] = "<Project ToolsVersion=\"4.0\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\"><PropertyGroup><TargetFrameworkVersion>v4.8</TargetFrameworkVersion></PropertyGroup>"
                + "<ItemGroup><Compile Include=\"..\\Core\\Helper.cs\"><Link>Helper.cs</Link></Compile></ItemGroup></Project>",
        };
        var engine = new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly);
        var diff = Fixtures.InMemory(files, "Core/Helper.cs");

        var found = await engine.AnalyzeAsync(diff, CancellationToken.None);

        // Then its error is found, in the project that compiles it
        Assert.Equal(["CS0029"], found.Select(f => f.RuleId));
        Assert.Equal("Data/Data.csproj", Assert.Single(engine.ProjectsOf(diff)).Path);
    }

    [Fact]
    public async Task A_file_a_project_links_from_a_folder_no_project_owns_is_parsed_for_each_compilation_that_holds_it()
    {
        // Given a shared folder without a project (a loose group, parsed as a file-based app) whose file a project links in
        var files = new Dictionary<string, string>
        {
            ["Utilities/Linked.cs"] = "namespace Shared { public static class Linked { public static int Twice(int x) { int wrong = \"x\"; return x * 2; } } }\n",
            ["Utilities/Alone.cs"] = "namespace Shared { public static class Alone { public static int Once(int x) => x; } }\n",
            ["App/App.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>"
                + "<ItemGroup><Compile Include=\"..\\Utilities\\Linked.cs\" Link=\"Linked.cs\" /></ItemGroup></Project>",
            ["App/Program.cs"] = "public static class Program { public static int Main() => Shared.Linked.Twice(2); }\n",
        };
        var engine = new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly);
        var diff = Fixtures.InMemory(files, "Utilities/Linked.cs", "Utilities/Alone.cs", "App/Program.cs");

        var found = await engine.AnalyzeAsync(diff, CancellationToken.None);

        // Then both compilations build (one compilation rejects trees parsed with other features) and the error is found once
        Assert.Equal([("CS0029", "Utilities/Linked.cs")], found.Select(f => (f.RuleId, f.Path)).Distinct());
    }

    [Fact]
    public void Generator_project_references_references_by_path_and_build_only_references_are_read_as_the_build_uses_them()
    {
        var model = ProjectSettingsTests.Read(
            new Dictionary<string, string>
            {
                ["T/T.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup>"
                    + "<ProjectReference Include=\"..\\Gen\\Gen.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
                    + "<ProjectReference Include=\"..\\Lib\\Lib.csproj\" />"
                    + "<Reference Include=\"$(MSBuildThisFileDirectory)ref\\netstandard.dll\" /></ItemGroup></Project>",
            },
            "T/T.csproj");

        Assert.True(model.ReferencesGeneratorProjects);
        Assert.Equal(["Lib/Lib.csproj"], model.ProjectReferences);
        Assert.Equal([("netstandard", "/repo/T/ref/netstandard.dll")], model.AssemblyReferences);
    }
}
