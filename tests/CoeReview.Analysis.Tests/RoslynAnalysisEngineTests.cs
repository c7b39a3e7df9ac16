using CoeReview.Core.Findings;

namespace CoeReview.Analysis.Tests;

public sealed class RoslynAnalysisEngineTests
{
    private static readonly RoslynAnalysisEngine s_engine = new();

    private static Task<IReadOnlyList<Finding>> AnalyzeAsync(string project, params string[] files) =>
        s_engine.AnalyzeAsync(Fixtures.Added(project, files), CancellationToken.None);

    [Fact]
    public async Task Engine_reports_a_missing_semicolon_on_its_line_with_the_fixed_line_as_suggestion()
    {
        // Given a changed file with a missing semicolon, When analysed
        var found = await AnalyzeAsync("clean", "MissingSemicolon.cs");

        // Then exactly that syntax error is reported on line 7
        var f = Assert.Single(found);
        Assert.Equal(("CS1002", "syntax-error", Severity.Error, "MissingSemicolon.cs", 7), (f.RuleId, f.Category, f.Severity, f.Path, f.Line));
        Assert.Equal(["roslyn"], f.Sources);
        Assert.Equal(1.0, f.Confidence);
        Assert.Equal("        var result = value * 2;", f.Suggestion);
        Assert.EndsWith(".", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Engine_reports_a_string_assigned_to_an_int()
    {
        var found = await AnalyzeAsync("clean", "WrongType.cs");

        var f = Assert.Single(found);
        Assert.Equal(("CS0029", "compile-error", 7, 17), (f.RuleId, f.Category, f.Line, f.Column));
    }

    [Fact]
    public async Task Engine_resolves_types_from_other_files_of_the_project_and_the_sdk_implicit_usings()
    {
        // Given files that use Shape from another file and Task/Linq/Path from the implicit usings
        var found = await AnalyzeAsync("clean", "UsesImplicitUsings.cs", "Shapes/Square.cs");

        // Then the only findings are the real ones: a possible null dereference (Nullable enable)
        var f = Assert.Single(found);
        Assert.Equal(("CS8602", "nullable", Severity.Warning, "UsesImplicitUsings.cs", 16), (f.RuleId, f.Category, f.Severity, f.Path, f.Line));
    }

    [Fact]
    public async Task Engine_reports_an_unknown_member_of_a_type_of_the_same_project()
    {
        var found = await AnalyzeAsync("clean", "Shapes/Circle.cs");

        var f = Assert.Single(found);
        Assert.Equal(("CS0103", 7), (f.RuleId, f.Line));
    }

    [Fact]
    public async Task Engine_is_silent_about_types_and_cascades_from_packages_that_were_not_restored()
    {
        // Given a web project using ASP.NET Core, Dapper, Newtonsoft and an Mvvm source generator, none restored
        var found = await AnalyzeAsync("web", "Controllers/OrdersController.cs", "Order.cs", "Program.cs");

        // Then nothing is reported
        Assert.Empty(found);
    }

    [Fact]
    public async Task Engine_still_reports_real_errors_in_a_project_with_missing_packages()
    {
        var found = await AnalyzeAsync("web", "RealErrors.cs");

        Assert.Equal([("CS0029", 9), ("CS1002", 10)], found.Select(f => (f.RuleId, f.Line)));
    }

    [Fact]
    public async Task Engine_compiles_project_references_and_honours_InternalsVisibleTo_and_Directory_Build_props()
    {
        // Given App referencing Lib (internals visible to App), with usings from Directory.Build.props
        var found = await AnalyzeAsync("multi", "App/Program.cs");

        // Then only the call to a member Lib does not have is reported
        var f = Assert.Single(found);
        Assert.Equal(("CS1061", "App/Program.cs", 7), (f.RuleId, f.Path, f.Line));
    }

    [Fact]
    public async Task Engine_reports_a_typo_in_a_type_name_when_the_project_needs_no_restore()
    {
        var files = new Dictionary<string, string>
        {
            ["P/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>",
            ["P/A.cs"] = "namespace P;\npublic static class A\n{\n    public static Strin Name() => \"a\";\n}\n",
        };

        var found = await s_engine.AnalyzeAsync(Fixtures.InMemory(files, "P/A.cs"), CancellationToken.None);

        var f = Assert.Single(found);
        Assert.Equal(("CS0246", 4), (f.RuleId, f.Line));
    }

    [Fact]
    public async Task Engine_does_not_report_unknown_types_when_the_project_references_packages()
    {
        var files = new Dictionary<string, string>
        {
            ["P/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"Polly\" /></ItemGroup></Project>",
            ["P/A.cs"] = "using Polly;\nnamespace P;\npublic static class A\n{\n    public static ResiliencePipeline Build() => new ResiliencePipelineBuilder().AddTimeout(System.TimeSpan.FromSeconds(1)).Build();\n}\n",
        };

        var found = await s_engine.AnalyzeAsync(Fixtures.InMemory(files, "P/A.cs"), CancellationToken.None);

        Assert.Empty(found);
    }

    [Fact]
    public async Task Engine_compiles_loose_files_without_a_project_and_ignores_bin_and_obj()
    {
        var files = new Dictionary<string, string>
        {
            ["scripts/a.cs"] = "public static class A { public static int M() { return 1 } }\n",
            ["scripts/obj/Generated.cs"] = "public static class A { }\n",
        };

        var found = await s_engine.AnalyzeAsync(Fixtures.InMemory(files, "scripts/a.cs"), CancellationToken.None);

        Assert.Equal(["CS1002"], found.Select(f => f.RuleId));
    }

    [Fact]
    public async Task Engine_returns_nothing_for_a_diff_without_csharp_files()
    {
        var files = new Dictionary<string, string> { ["README.md"] = "# hi\n" };

        var found = await s_engine.AnalyzeAsync(Fixtures.InMemory(files, "README.md"), CancellationToken.None);

        Assert.Empty(found);
    }
}
