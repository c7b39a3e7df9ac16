using System.Text.Json;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #13: the simulated accelerator cost is shown only where asked, in words, and never as "0.0x".</summary>
public sealed class CostOutputTests
{
    private static TempGitRepo Changed()
    {
        var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();
        repo.Write("a.cs", "class A {}\nclass B {} // SMELL\n");
        return repo;
    }

    [Fact]
    public async Task A_text_review_does_not_end_with_simulated_accelerator_lines()
    {
        using var repo = Changed();

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root]);

        Assert.DoesNotContain("sn40l", output, StringComparison.Ordinal);
        Assert.DoesNotContain("dgx", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d\.\dx\b", output);
    }

    [Fact]
    public async Task Review_with_cost_says_the_cost_in_one_sentence()
    {
        using var repo = Changed();

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--cost"]);

        var line = Assert.Single(output.Split('\n'), l => l.Contains("Estimated model cost", StringComparison.Ordinal)).Trim();
        Assert.Matches(@"^Estimated model cost \(simulated, not measured\): the experts' \d+ model requests? \([0-9,]+ tokens\) would take [0-9.]+ m?s on sn40l-node and [0-9.]+ m?s on dgx-h100, ([0-9.]+ times (faster|slower) on sn40l-node|about the same on both)\.$", line);
    }

    [Fact]
    public async Task An_empty_review_with_cost_never_says_0_0x()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.txt", "x\n").Commit();
        repo.Write("a.txt", "y\n");

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--cost", "--experts", "security"]);

        Assert.DoesNotContain("0.0x", output, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0 times", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_report_keeps_the_simulation()
    {
        using var repo = Changed();

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--format", "json"]);

        using var json = JsonDocument.Parse(output);
        Assert.Equal("sn40l-node", json.RootElement.GetProperty("simulation").GetProperty("hardware").GetString());
    }
}
