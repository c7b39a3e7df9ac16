using CoeReview.Core.Diff;

namespace CoeReview.Analysis.Tests;

/// <summary>Issue #13.14: "changed but untested" looks at behaviour changes only, and not at benchmarks.</summary>
public sealed class UntestedBehaviourTests
{
    private static readonly RoslynAnalysisEngine s_rules = new(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });

    private const string Code = "namespace P;\npublic sealed class Names\n{\n    public int Length(string? x)\n    {\n        return x!.Length; // counts characters\n    }\n}\n";

    private static async Task<int> NotesAsync(string path, string oldLine, string newLine)
    {
        var files = new Dictionary<string, string>
        {
            [path[..path.LastIndexOf('/')] + "/Owner.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\" />",
            [path] = Code,
            ["tests/P.Tests/P.Tests.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\" />",
        };
        var hunk = new DiffHunk(6, 1, 6, 1, "", [new DiffLine(DiffLineKind.Deleted, 6, null, oldLine), new DiffLine(DiffLineKind.Added, null, 6, newLine)]);
        var diff = new DiffSet("/repo", "base", "head", [new DiffFile(path, null, FileChangeKind.Modified, false, [hunk])], [], new InMemorySnapshot(files));
        var found = await s_rules.AnalyzeAsync(diff, CancellationToken.None);
        return found.Count(f => f.RuleId == "COE-TEST-005");
    }

    [Fact]
    public async Task A_comment_or_a_null_forgiving_bang_is_not_a_behaviour_change_and_a_new_expression_is()
    {
        Assert.Equal(0, await NotesAsync("src/P/Names.cs", "        return x.Length;", "        return x!.Length; // counts characters"));
        Assert.Equal(1, await NotesAsync("src/P/Names.cs", "        return x.Length + 1;", "        return x!.Length; // counts characters"));
    }

    [Fact]
    public async Task Benchmarks_get_no_untested_note()
    {
        Assert.Equal(1, await NotesAsync("src/P.Tools/Names.cs", "        return x.Length + 1;", "        return x!.Length; // counts characters"));
        Assert.Equal(0, await NotesAsync("benchmarks/P.Benchmarks/Names.cs", "        return x.Length + 1;", "        return x!.Length; // counts characters"));
    }
}
