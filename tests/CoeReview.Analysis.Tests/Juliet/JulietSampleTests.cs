using CoeReview.Analysis.Workspace;
using CoeReview.Core.Findings;
using CoeReview.SecuritySuite;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace CoeReview.Analysis.Tests.Juliet;

public sealed class JulietSampleTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Security_findings_on_the_Juliet_sample_do_not_change_when_every_identifier_is_renamed()
    {
        // Given the sample as the benchmark writes it, and a copy with every user-defined identifier renamed
        var work = JulietSample.NewWorkFolder();
        var sample = JulietSample.Prepare(Path.Combine(work, "original"));
        var projects = RoslynAnalysisEngine.Compile(sample.Diff, CancellationToken.None);
        var renamedRoot = Path.Combine(work, "renamed");
        CopyFolder(sample.Diff.RepoRoot, renamedRoot);
        var renamer = new IdentifierRenamer();
        foreach (var project in projects)
        {
            foreach (var (path, text) in renamer.Rename(project.Compilation))
            {
                var relative = Path.IsPathRooted(path) ? Path.GetRelativePath(sample.Diff.RepoRoot, path) : path;
                File.WriteAllText(Path.Combine(renamedRoot, relative), text);
                Assert.DoesNotMatch(@"\bvoid (Bad|BadSink|GoodG2B|GoodG2BSink|Action)\b|\bstring data\b|\bclass CWE", text);
            }
        }

        Assert.True(renamer.RenamedNames > 100, $"only {renamer.RenamedNames} names renamed");

        var renamedDiff = DiffSets.AllAdded(renamedRoot, new DirectorySnapshot(renamedRoot), sample.Diff.Files.Select(f => f.Path));
        Assert.Equal(Errors(projects), Errors(RoslynAnalysisEngine.Compile(renamedDiff, CancellationToken.None)));

        // When CoeReview's security rules review both
        var before = Keys(await JulietSample.SecurityFindingsAsync(sample.Diff, CancellationToken.None));
        var after = Keys(await JulietSample.SecurityFindingsAsync(renamedDiff, CancellationToken.None));
        output.WriteLine($"{before.Count} findings before, {after.Count} after renaming");
        foreach (var lost in before.Except(after))
        {
            output.WriteLine($"lost {lost}");
        }

        foreach (var gained in after.Except(before))
        {
            output.WriteLine($"gained {gained}");
        }

        // Then they report the same (file, line, category), and something at all
        Assert.NotEmpty(before);
        Assert.Equal(before, after);
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public void Juliet_sample_scores_are_computed_per_flow()
    {
        // Given the sample's variant-51 command injection case: Bad/GoodG2B in 51a, BadSink/GoodG2BSink in 51b
        var c = CaseFlows.Parse(JulietCatalog.Cases(JulietSample.Source).Single(x => x.Name == "CWE78_OS_Command_Injection__Params_Get_Web_51"));
        var badSink = c.Methods.Single(m => m.Method.EndsWith(".BadSink", StringComparison.Ordinal));
        var goodSink = c.Methods.Single(m => m.Method.EndsWith(".GoodG2BSink", StringComparison.Ordinal));
        Assert.Equal(["bad", "goodG2B"], c.Flows);

        // When one command-injection finding sits in each sink
        var findings = new[] { At(badSink.Path, badSink.StartLine + 2), At(goodSink.Path, goodSink.StartLine + 2) };
        var score = FlowScorer.Score("coe", [c], findings).PerCategory.Single();

        // Then the one in BadSink is the bad flow's true positive and the one in GoodG2BSink flags goodG2B
        Assert.Equal(("command-injection", 1, 1, 0, 0), (score.Category, score.TruePositives, score.FalsePositives, score.FalseNegatives, score.Unattributed));
        var miss = Assert.Single(FlowScorer.Score("coe", [c], findings).Misses, m => m.StartsWith("FP ", StringComparison.Ordinal));
        Assert.Contains(" goodG2B: ", miss, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X_51b", "BadSink", "bad")]
    [InlineData("X_51b", "GoodG2B1Sink", "goodG2B1")]
    [InlineData("X_61a", "Bad_source", "bad")]
    [InlineData("X_81_goodB2G", "Action", "goodB2G")]
    [InlineData("X_81_bad", "Action", "bad")]
    [InlineData("X_01", "Good1", "good1")]
    [InlineData("X_01", "Good", null)]
    [InlineData("X_08", "PrivateReturnsTrue", null)]
    public void Flow_keys_follow_Juliet_method_and_class_names(string className, string method, string? flow) =>
        Assert.Equal(flow, FlowKey.Of(className, method));

    private static SortedSet<string> Keys(IEnumerable<Finding> findings) =>
        new(findings.Select(f => $"{f.Path}:{f.Line} {f.Category}"), StringComparer.Ordinal);

    private static int Errors(IEnumerable<ProjectCompilation> projects) =>
        projects.Sum(p => p.Compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error));

    private static Finding At(string path, int line) =>
        new("security", "COE-SEC-002", "command-injection", Severity.Error, path, line, line, 1, "synthetic", null, [], 1.0);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
