using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #13: the text report counts what it shows, says what it left out and why, and pluralizes.</summary>
public sealed class SummaryCountTests
{
    [Fact]
    public async Task Findings_the_filter_leaves_out_are_not_counted_as_shown_but_said_with_their_reason()
    {
        // Given a marked bug on an unchanged line next to an added line
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {} // BUG\n").Commit();
        repo.Write("a.cs", "class A {} // BUG\nclass B {}\n");

        // When the default filter (added lines) reviews it
        var (exit, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--experts", "syntax"]);

        // Then nothing is shown, the summary says one was left out and why, and the expert line agrees
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("No findings; 1/1 hunk reviewed on rdu-sim; 1 not shown: 1 outside the added lines.", output, StringComparison.Ordinal);
        Assert.Matches(@"syntax\s+ok; 1 task, 0 findings shown, 1 outside the added lines, \d+ ms", output);
        Assert.DoesNotMatch(@"\b1 (findings|requests|tasks|hunks|files|errors)\b", output);
    }

    [Fact]
    public async Task One_shown_finding_is_said_in_the_singular()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();
        repo.Write("a.cs", "class A {}\nclass B {} // BUG\n");

        var (exit, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--experts", "syntax"]);

        Assert.Equal(ExitCodes.FindingsAtFailLevel, exit);
        Assert.Contains("1 finding (1 error) in 1 file; 1/1 hunk reviewed on rdu-sim.", output, StringComparison.Ordinal);
        Assert.Matches(@"syntax\s+ok; 1 task, 1 finding shown, \d+ ms", output);
        Assert.DoesNotMatch(@"\b1 (findings|requests|tasks|hunks|files|errors)\b", output);
    }
}
