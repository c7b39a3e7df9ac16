using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #13: JSON meant to be read keeps text as written (N+1, not N\u002B1).</summary>
public sealed class ReadableJsonTests
{
    [Fact]
    public async Task Experts_list_json_keeps_plus_signs_and_quotes_readable()
    {
        // Given the built-in performance expert, whose description says "N+1"
        using var repo = new TempGitRepo();
        repo.Write("a.txt", "x").Commit();

        // When experts are listed as JSON
        var (exit, output, _) = await CliHarness.RunAsync(["experts", "list", "--format", "json", "--repo", repo.Root]);

        // Then the text is as written
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("N+1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Experts_validate_and_route_json_are_written_with_relaxed_escaping()
    {
        using var repo = new TempGitRepo();
        repo.Write("experts/x+y.yml", "id: nope\n").Write("a.cs", "class A {}\n").Commit();
        repo.Write("a.cs", "class A { } // <b>&'\n");

        var (_, validate, _) = await CliHarness.RunAsync(["experts", "validate", "--format", "json", "--repo", repo.Root]);
        repo.Git("rm -q experts/x+y.yml");
        var (_, route, _) = await CliHarness.RunAsync(["route", "--format", "json", "--repo", repo.Root]);

        Assert.Contains("x+y.yml", validate, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", validate, StringComparison.Ordinal);
        Assert.StartsWith("{", route.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", route, StringComparison.Ordinal);
    }
}
