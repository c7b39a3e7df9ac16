using CoeReview.Core.Routing;

namespace CoeReview.Routing.Tests;

public sealed class RouteScorerTests
{
    private static readonly RuleSignals s_csharp = new(false, false, "csharp", null, []);

    [Fact]
    public void An_expert_whose_analysis_found_something_is_always_included()
    {
        // Given a hunk close to a security example but where the compiler reported an error
        var evidence = Evidence(("security", 0.9), ("syntax", 0.1)) with { Hits = new Dictionary<string, string> { ["syntax"] = "roslyn CS0029" } };

        // When it is decided
        var decision = RouteScorer.Decide(evidence, new EmbeddingRouterOptions());

        // Then syntax is chosen despite its low score, and says why
        Assert.Equal(["security", "syntax"], decision.Experts);
        Assert.StartsWith("language csharp; analysis found roslyn CS0029", decision.Reasons["syntax"], StringComparison.Ordinal);
        Assert.False(decision.Fallback);
    }

    [Fact]
    public void No_confident_expert_sends_the_hunk_to_the_configured_fallback()
    {
        // Given a hunk far from every example
        var evidence = Evidence(("security", 0.2), ("syntax", 0.15), ("tests", 0.1));

        // When it is decided with and without a configured fallback set
        var all = RouteScorer.Decide(evidence, new EmbeddingRouterOptions());
        var configured = RouteScorer.Decide(evidence, new EmbeddingRouterOptions { Fallback = ["syntax"] });

        // Then it goes to every eligible expert by default, else to the configured set, marked as fallback
        Assert.True(all.Fallback);
        Assert.Equal(["security", "syntax", "tests"], all.Experts);
        Assert.Equal(["syntax"], configured.Experts);
        Assert.Contains("fallback: no built-in expert reached 0.425", configured.Reasons["syntax"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_matching_path_glob_lifts_an_expert_over_the_threshold()
    {
        // Given a test file whose text is only somewhat like the tests examples
        var evidence = Evidence(("tests", 0.3), ("syntax", 0.5));
        var signals = new Dictionary<string, RuleSignals>(evidence.Signals) { ["tests"] = s_csharp with { PathGlob = "tests/**" } };

        // When it is decided
        var decision = RouteScorer.Decide(evidence with { Signals = signals }, new EmbeddingRouterOptions());

        // Then the glob's bonus chooses tests next to the confident syntax expert
        Assert.Equal(["syntax", "tests"], decision.Experts);
        Assert.Equal(0.55, decision.Scores["tests"]);
    }

    private static HunkEvidence Evidence(params (string Expert, double Similarity)[] nearest)
    {
        var neighbours = nearest.Select(n => (new IndexedExample(n.Expert, "example of " + n.Expert, false, []), n.Similarity)).OrderByDescending(n => n.Similarity).ToList();
        var signals = nearest.ToDictionary(n => n.Expert, _ => s_csharp);
        return new HunkEvidence("src/A.cs", 0, "@@ -1,1 +1,1 @@", 12, signals.Keys.ToHashSet(), signals, new Dictionary<string, string>(), neighbours);
    }
}
