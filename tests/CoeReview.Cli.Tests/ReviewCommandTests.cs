using System.Text.Json.Nodes;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

public sealed class ReviewCommandTests
{
    private static readonly string s_filler = string.Concat(Enumerable.Range(1, 8).Select(i => $"    // filler {i}\n"));

    private static TempGitRepo RepoWithChange()
    {
        var repo = new TempGitRepo();
        repo.Write("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        repo.Write("src/App/A.cs", "namespace App;\n\npublic class A\n{\n    public int M() => 1; // BUG but old\n" + s_filler + "}\n");
        repo.Commit("base");
        repo.Write("src/App/A.cs", "namespace App;\n\npublic class A\n{\n    public int M() => 1; // BUG but old\n" + s_filler + "    public int N() => 2; // BUG new\n    public string S() => \"\"; // SMELL new\n}\n");
        return repo;
    }

    [Fact]
    public async Task Review_exits_1_with_errors_on_added_lines_and_reports_them_in_text()
    {
        using var repo = RepoWithChange();

        var (exit, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root]);

        Assert.Equal(ExitCodes.FindingsAtFailLevel, exit);
        Assert.Contains("src/App/A.cs:14:", output, StringComparison.Ordinal);
        Assert.Contains("error [syntax CS9999] Marked bug.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("src/App/A.cs:5:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_exits_0_when_the_fail_level_is_none_and_reports_old_lines_with_nofilter()
    {
        using var repo = RepoWithChange();

        var (exit, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--fail-level", "none", "--filter", "nofilter", "--format", "json"]);

        Assert.Equal(ExitCodes.Success, exit);
        var findings = JsonNode.Parse(output)!["findings"]!.AsArray();
        var old = findings.Single(f => (int)f!["line"]! == 5)!;
        Assert.False((bool)old["inDiff"]!);
    }

    [Fact]
    public async Task Review_json_report_matches_the_golden_file()
    {
        using var repo = RepoWithChange();

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--format", "json"]);

        Golden.Verify(CliHarness.Normalize(output, repo.Root), "TestData/golden/review.json");
    }

    [Fact]
    public async Task Review_sarif_and_markdown_reports_match_their_golden_files()
    {
        using var repo = RepoWithChange();

        var (_, sarif, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--format", "sarif"]);
        var (_, markdown, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--format", "markdown"]);

        Golden.Verify(CliHarness.Normalize(sarif, repo.Root), "TestData/golden/review.sarif.json");
        Golden.Verify(System.Text.RegularExpressions.Regex.Replace(CliHarness.Normalize(markdown, repo.Root), @"\| \d+ \|\n", "| <ms> |\n"), "TestData/golden/review.md");
        var run = JsonNode.Parse(sarif)!["runs"]![0]!;
        Assert.Equal("coe-review", (string?)run["tool"]!["driver"]!["name"]);
        Assert.NotNull(run["results"]![0]!["partialFingerprints"]!["coeReviewFingerprint/v1"]);
    }

    [Fact]
    public async Task Review_writes_the_report_to_the_output_file_and_a_summary_to_stderr()
    {
        using var repo = RepoWithChange();
        var file = Path.Combine(repo.Root, "report.json");

        var (exit, output, error) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--format", "json", "--output", file, "--fail-level", "warning"]);

        Assert.Equal(ExitCodes.FindingsAtFailLevel, exit);
        Assert.Empty(output);
        Assert.Equal(2, JsonNode.Parse(File.ReadAllText(file))!["findings"]!.AsArray().Count);
        Assert.Contains("2 findings", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_of_a_clean_tree_prints_nothing_to_review_and_exits_0()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();

        var (exit, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root]);

        Assert.Equal(0, exit);
        Assert.Equal("nothing to review", output.Trim());
    }

    [Fact]
    public async Task Review_of_a_branch_uses_the_merge_base()
    {
        using var repo = RepoWithChange();
        repo.Git("checkout -q -b feature");
        repo.Commit("feature");

        var (exit, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--base", "main", "--format", "json"]);

        Assert.Equal(1, exit);
        var report = JsonNode.Parse(output)!;
        Assert.Matches("^[0-9a-f]{40}$", (string?)report["head"]);
        Assert.Equal(2, report["findings"]!.AsArray().Count);
    }

    [Fact]
    public async Task Review_reads_a_diff_from_stdin()
    {
        using var repo = RepoWithChange();
        var diff = repo.Git("diff");

        var (exit, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--diff", "-", "--format", "json"], stdin: diff);

        Assert.Equal(1, exit);
        Assert.Equal("DIFF", (string?)JsonNode.Parse(output)!["head"]);
    }

    [Fact]
    public async Task Experts_can_be_selected_and_the_others_do_not_run()
    {
        using var repo = RepoWithChange();

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--experts", "performance", "--format", "json", "--fail-level", "none"]);

        var report = JsonNode.Parse(output)!;
        Assert.Equal(["performance"], report["experts"]!.AsArray().Select(e => (string?)e!["id"]));
        Assert.Equal("COE-PERF-999", (string?)report["findings"]![0]!["ruleId"]);
    }
}
