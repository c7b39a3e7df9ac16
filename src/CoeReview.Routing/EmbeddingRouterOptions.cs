namespace CoeReview.Routing;

/// <summary>
/// How the embedding router decides. The nearest example's similarity plus the rule bonuses
/// generalised better than blending in the k-NN vote share on the generated sets
/// (RouterBenchmark in benchmarks/CoeReview.Evaluation), so VoteWeight is 0 and K only matters when a config
/// raises it. The built-in experts' own thresholds (their <c>routing.threshold</c>) were calibrated
/// on real hunks (benchmarks/CoeReview.Benchmarks/RealHunks, docs/router.md).
/// </summary>
public sealed record EmbeddingRouterOptions
{
    /// <summary>Neighbours (examples and descriptions of all experts) that vote on a hunk.</summary>
    public int K { get; init; } = 5;

    /// <summary>An expert without a threshold of its own is chosen when its combined score reaches this.</summary>
    public double Threshold { get; init; } = 0.425;

    /// <summary>
    /// Thresholds of single experts over <see cref="Threshold"/>, for experts whose scores sit
    /// higher or lower than the others' on the same hunks.
    /// </summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// An expert whose own rule signals match (a path glob, a keyword, always) gets the hunk whatever
    /// its score: the signals are the expert file's explicit claim, and no other expert's score can
    /// take it away.
    /// </summary>
    public bool SignalsRoute { get; init; } = true;

    /// <summary>Experts a hunk goes to when no built-in expert is confident; null means every expert eligible for the file.</summary>
    public IReadOnlyList<string>? Fallback { get; init; }

    /// <summary>Weight of the neighbours' vote share in the score (the rest is the nearest example's similarity).</summary>
    public double VoteWeight { get; init; }

    /// <summary>Added when one of the expert's path globs matches the file.</summary>
    public double PathBonus { get; init; } = 0.25;

    /// <summary>Added per matching keyword (at most three count).</summary>
    public double KeywordBonus { get; init; } = 0.05;

    /// <summary>The embedding cache file; null keeps vectors in memory only.</summary>
    public string? CacheFile { get; init; }

    /// <summary>The threshold of one expert: its own in <see cref="Thresholds"/>, else <see cref="Threshold"/>.</summary>
    public double ThresholdFor(string expert) => Thresholds.TryGetValue(expert, out var own) ? own : Threshold;

    /// <summary>Nearest examples shown per chosen expert in the reasons (route --explain).</summary>
    public int ExplainExamples { get; init; } = 2;
}
