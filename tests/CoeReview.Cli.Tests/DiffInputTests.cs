using System.Text.Json;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #13: what <c>--diff</c> does with input that is not a diff and with a diff whose files are elsewhere.</summary>
public sealed class DiffInputTests
{
    private const string Diff = "diff --git a/src/A.cs b/src/A.cs\n--- a/src/A.cs\n+++ b/src/A.cs\n@@ -1,1 +1,2 @@\n class A {}\n+class B { } // BUG\n";

    [Theory]
    [InlineData("review")]
    [InlineData("route")]
    public async Task Text_that_is_not_a_unified_diff_is_bad_input_not_an_empty_review(string command)
    {
        // Given stdin that is not a diff
        // When it is reviewed (or routed) as one
        var (exit, output, error) = await CliHarness.RunAsync([command, "--diff", "-", "--repo", Path.GetTempPath()], stdin: "garbage\n");

        // Then it is bad input, in one line, and nothing claims the review was clean
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal("coe-review: the input is not a unified diff: no 'diff --git' or '---'/'+++' file header found", error.Trim());
        Assert.DoesNotContain("nothing to review", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_input_is_still_nothing_to_review()
    {
        var (exit, output, _) = await CliHarness.RunAsync(["review", "--diff", "-", "--repo", Path.GetTempPath()], stdin: "\n");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("nothing to review", output.Trim());
    }

    [Fact]
    public async Task A_diff_whose_files_are_not_on_disk_is_reported_as_a_degraded_review_in_json()
    {
        // Given a diff and a folder that does not hold its files
        var elsewhere = Directory.CreateTempSubdirectory().FullName;

        // When it is reviewed there
        var (_, output, _) = await CliHarness.RunAsync(["review", "--diff", "-", "--repo", elsewhere, "--format", "json"], stdin: Diff);

        // Then the report says which file was not found and that the review is degraded
        using var json = JsonDocument.Parse(output);
        var coverage = json.RootElement.GetProperty("coverage");
        Assert.True(coverage.GetProperty("degraded").GetBoolean());
        var missing = Assert.Single(coverage.GetProperty("notFound").EnumerateArray());
        Assert.Equal("src/A.cs", missing.GetProperty("path").GetString());
        Assert.Contains("not found under", missing.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_diff_whose_files_are_not_on_disk_does_not_read_as_a_clean_text_review()
    {
        var elsewhere = Directory.CreateTempSubdirectory().FullName;

        var (_, output, _) = await CliHarness.RunAsync(["review", "--diff", "-", "--repo", elsewhere], stdin: Diff);

        Assert.Contains("degraded: 1 file of the diff not found on disk", output, StringComparison.Ordinal);
        Assert.Contains("degraded: src/A.cs not found under", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_diff_reviewed_in_its_repository_is_not_degraded()
    {
        var repo = Directory.CreateTempSubdirectory().FullName;
        Directory.CreateDirectory(Path.Combine(repo, "src"));
        await File.WriteAllTextAsync(Path.Combine(repo, "src/A.cs"), "class A {}\nclass B { } // BUG\n");

        var (_, output, _) = await CliHarness.RunAsync(["review", "--diff", "-", "--repo", repo, "--format", "json"], stdin: Diff);

        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("coverage").GetProperty("degraded").GetBoolean());
        Assert.False(json.RootElement.GetProperty("coverage").TryGetProperty("notFound", out _));
        Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
    }
}
