using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #13: the options a command shows are the options it honours.</summary>
public sealed class RouteOptionsTests
{
    [Fact]
    public async Task Route_help_offers_only_text_and_json_and_no_review_only_options()
    {
        // When route's help is shown
        var (exit, output, _) = await CliHarness.RunAsync(["route", "--help"]);

        // Then it offers what route does and nothing that only a review does
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("--format", output, StringComparison.Ordinal);
        Assert.Contains("text or json", output, StringComparison.Ordinal);
        Assert.DoesNotContain("markdown", output, StringComparison.Ordinal);
        Assert.DoesNotContain("sarif", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--backend", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--filter", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--fail-level", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--output", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--backend", "remote")]
    [InlineData("--filter", "file")]
    [InlineData("--fail-level", "note")]
    [InlineData("--format", "markdown")]
    public async Task Route_rejects_what_it_does_not_offer(string option, string value)
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();

        var (exit, _, error) = await CliHarness.RunAsync(["route", "--repo", repo.Root, option, value]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.NotEmpty(error.Trim());
    }

    [Fact]
    public async Task Every_option_route_offers_is_honoured()
    {
        // Given a change and a config that leaves one expert
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Write("cfg.yml", "router: rules\n").Commit();
        repo.Write("a.cs", "class A { }\n");
        var diff = repo.Git("diff");

        // When route runs with each option it shows
        var (exit, output, _) = await CliHarness.RunAsync(["route", "--repo", repo.Root, "--config", repo.PathOf("cfg.yml"), "--experts", "syntax", "--format", "json", "--explain", "--diff", "-"], stdin: diff);

        // Then each one took effect: the diff was read, one expert chosen by the rules router, as JSON
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("\"path\": \"a.cs\"", output, StringComparison.Ordinal);
        Assert.Contains("\"syntax\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"security\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_help_still_offers_markdown_and_sarif_and_the_review_options()
    {
        var (_, output, _) = await CliHarness.RunAsync(["review", "--help"]);

        Assert.Contains("text, json, markdown or sarif", output, StringComparison.Ordinal);
        Assert.Contains("--backend", output, StringComparison.Ordinal);
        Assert.Contains("--fail-level", output, StringComparison.Ordinal);
    }
}
