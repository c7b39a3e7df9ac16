using CoeReview.Core.Diff;

namespace CoeReview.Analysis.Tests;

/// <summary>
/// A library and its test project (with a ProjectReference) compiled in memory for the untested-change
/// rule; the test project declares its own FactAttribute so its code binds without a restore.
/// </summary>
internal static class UntestedNotes
{
    public const string Library = "src/Shop/Code.cs";
    public const string Tests = "tests/Shop.Tests/CodeTests.cs";

    private static readonly RoslynAnalysisEngine s_rules = new(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });

    // The 1-based line of the first line holding the text.
    public static int Line(string text, string holding) => Array.FindIndex(text.Split('\n'), l => l.Contains(holding, StringComparison.Ordinal)) + 1;

    // A change of the test file that adds only the given lines.
    public static DiffFile Adds(string test, int first, int count)
    {
        var lines = test.Split('\n');
        var added = Enumerable.Range(first, count).Select(n => new DiffLine(DiffLineKind.Added, null, n, lines[n - 1])).ToList();
        return new DiffFile(Tests, Tests, FileChangeKind.Modified, false, [new DiffHunk(first, 0, first, count, "", added)]);
    }

    public static string Test(string members) =>
        "using Shop;\nusing Xunit;\n\nnamespace Shop.Tests;\n\npublic sealed class CodeTests\n{\n" + string.Join('\n', members.Split('\n').Select(l => l.Length == 0 ? l : "    " + l)) + "\n}\n";

    // The library's file and the test file changed together; the review's one untested note.
    public static async Task<string?> NoteAsync(string library, string test, DiffFile? testChange = null, string? testProject = null)
    {
        var files = new Dictionary<string, string>
        {
            ["src/Shop/Shop.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>",
            [Library] = library,
            ["tests/Shop.Tests/Shop.Tests.csproj"] = testProject ?? """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><ProjectReference Include="..\..\src\Shop\Shop.csproj" /></ItemGroup>
                </Project>
                """,
            ["tests/Shop.Tests/Xunit.cs"] = """
                namespace Xunit;

                public sealed class FactAttribute : System.Attribute;

                public sealed class TheoryAttribute : System.Attribute;

                public sealed class MemberDataAttribute(string name) : System.Attribute
                {
                    public string Name => name;
                }
                """,
            [Tests] = test,
        };
        var diff = Fixtures.InMemory(files, Library, Tests);
        if (testChange is not null)
        {
            diff = diff with { Files = [diff.Files[0], testChange] };
        }

        var found = await s_rules.AnalyzeAsync(diff, CancellationToken.None);
        return Assert.Single(found, f => f.RuleId == "COE-TEST-005").Message;
    }
}
