using CoeReview.Analysis.Tests.Workspace;
using CoeReview.Core.Findings;

namespace CoeReview.Analysis.Tests;

/// <summary>
/// When most of a project changed, the compiler check takes its diagnostics from the analyzers' compile of the
/// whole project instead of binding again: it must report exactly what its own compile reports.
/// </summary>
public sealed class SharedCompileTests
{
    private static readonly Dictionary<string, string> s_files = new()
    {
        ["P/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup></Project>",
        ["P/A.cs"] = """
            namespace P;
            public sealed class A
            {
                public string? Maybe { get; set; }
                public int Length() => Maybe.Length;
                public int Unused()
                {
                    int never;
                    return 1;
                }
                public int Broken() => Missing + 1;
                public string Other() => Maybe ?? "";
            }
            """,
        ["P/B.cs"] = """
            namespace P;
            public static class B
            {
                public static int Twice(A a) => a.Length() * 2;
                public static int Wrong() { string s = 1; return 0; }
            }
            """,
    };

    [Fact]
    public async Task The_compiler_findings_of_a_whole_project_change_are_the_same_whether_the_analyzers_compile_the_project_or_the_check_does()
    {
        var diff = Fixtures.InMemory(s_files, "P/A.cs", "P/B.cs");

        var shared = Compiler(await new RoslynAnalysisEngine().AnalyzeAsync(diff, CancellationToken.None));
        var own = Compiler(await new RoslynAnalysisEngine(new RoslynAnalysisOptions { NetAnalyzers = false }).AnalyzeAsync(diff, CancellationToken.None));

        Assert.Equal(["CS0029 P/B.cs:5:44", "CS0103 P/A.cs:11:28", "CS0168 P/A.cs:8:13", "CS8602 P/A.cs:5:28"], shared);
        Assert.Equal(own, shared);
    }

    [Fact]
    public async Task A_whole_project_change_limited_to_some_members_reports_compiler_findings_only_in_those_members_as_the_checks_own_compile_does()
    {
        var diff = PartialDiffs.EveryOtherMethod(Fixtures.InMemory(s_files, "P/A.cs", "P/B.cs"));

        var shared = Compiler(await new RoslynAnalysisEngine().AnalyzeAsync(diff, CancellationToken.None));
        var own = Compiler(await new RoslynAnalysisEngine(new RoslynAnalysisOptions { NetAnalyzers = false }).AnalyzeAsync(diff, CancellationToken.None));

        Assert.Equal(["CS0103 P/A.cs:11:28", "CS8602 P/A.cs:5:28"], shared);
        Assert.Equal(own, shared);
    }

    private static List<string> Compiler(IReadOnlyList<Finding> found) =>
        found.Where(f => f.RuleId.StartsWith("CS", StringComparison.Ordinal)).Select(f => $"{f.RuleId} {f.Path}:{f.Line}:{f.Column}").Order(StringComparer.Ordinal).ToList();
}
