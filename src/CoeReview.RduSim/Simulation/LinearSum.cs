namespace CoeReview.RduSim.Simulation;

/// <summary>
/// Closed-form sums over decode steps, so a request costs O(1) however many tokens it generates:
/// a step's time is max(compute, memory) and both grow linearly with the KV context.
/// </summary>
internal static class LinearSum
{
    /// <summary>Σ_{k=from}^{to-1} (a + b·k).</summary>
    public static double Sum(double a, double b, long from, long to)
    {
        if (to <= from)
        {
            return 0;
        }

        double n = to - from;
        return (n * a) + (b * (from + to - 1) * n / 2);
    }

    /// <summary>Σ_{k=from}^{to-1} max(a1 + b1·k, a2 + b2·k), splitting where the two lines cross.</summary>
    public static double SumMax(double a1, double b1, double a2, double b2, long from, long to)
    {
        if (to <= from)
        {
            return 0;
        }

        if (b1 == b2)
        {
            return a1 >= a2 ? Sum(a1, b1, from, to) : Sum(a2, b2, from, to);
        }

        // First integer k at which line 1 is at least line 2 (if b1 > b2) or at most (if b1 < b2).
        var cross = (a2 - a1) / (b1 - b2);
        var split = (long)Math.Clamp(Math.Ceiling(cross), from, to);
        return b1 > b2
            ? Sum(a2, b2, from, split) + Sum(a1, b1, split, to)
            : Sum(a1, b1, from, split) + Sum(a2, b2, split, to);
    }
}
