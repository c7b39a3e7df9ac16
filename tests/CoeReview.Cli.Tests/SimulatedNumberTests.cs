using System.Text.Json.Nodes;
using CoeReview.Cli.Reporting;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #12: the simulator's estimates are reported to 0.1 ms (3 significant digits below 10), not to 14 digits.</summary>
public sealed class SimulatedNumberTests
{
    [Theory]
    [InlineData(91.91820200201244, 91.9)]
    [InlineData(592.464821296672, 592.5)]
    [InlineData(2.476566153846154, 2.48)]
    [InlineData(0.012345678, 0.0123)]
    [InlineData(4.831565776043399, 4.83)]
    [InlineData(0, 0)]
    public void Simulated_milliseconds_and_ratios_are_rounded_to_what_an_estimate_can_claim(double raw, double reported)
    {
        Assert.Equal(reported, SimulatedNumbers.Round(raw));
    }

    [Fact]
    public async Task A_json_review_reports_no_simulated_number_with_more_than_three_decimals_and_keeps_token_counts_exact()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();
        repo.Write("a.cs", "class A {}\nclass B {} // SMELL\n");

        var (_, output, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--format", "json"]);

        var report = JsonNode.Parse(output)!;
        var numbers = Numbers(report["simulation"]!).Concat(report["experts"]!.AsArray().SelectMany(e => Numbers(e!["simulated"]!))).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(Math.Round(n, 4) == n, $"{n} has more than 4 decimals"));
        Assert.Equal((long)report["simulation"]!["promptTokens"]!, report["experts"]!.AsArray().Sum(e => (long?)e!["usage"]?["promptTokens"] ?? 0));
    }

    private static IEnumerable<double> Numbers(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : Numbers(p.Value)),
        JsonArray a => a.SelectMany(x => x is null ? [] : Numbers(x)),
        JsonValue v when v.TryGetValue<double>(out var d) => [d],
        _ => [],
    };
}
