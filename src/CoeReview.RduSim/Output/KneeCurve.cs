namespace CoeReview.RduSim.Output;

/// <summary>One machine's mean request latency against the number of experts, and how many fit in its HBM.</summary>
internal sealed record KneeCurve(string Hardware, int FitInHbm, IReadOnlyList<(int Experts, double MeanLatencyMs)> Points);
