namespace CoeReview.RduSim.Simulation;

/// <summary>
/// Event-driven simulation of a CoE on one node: batches are routed together (router stage), then
/// each (prompt, expert) group runs on a lane once its expert is resident in HBM (expert stage).
/// Work is charged per phase in closed form, so a request costs O(1) whatever its token counts.
/// </summary>
internal static partial class NodeSimulator
{
    public static SimResult Run(SimSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        if (setup.Experts < 1)
        {
            throw new SimInputException("experts must be at least 1");
        }

        var capacity = Capacity.For(setup);
        var state = new RunState(setup, capacity);
        var requests = setup.Requests;
        var batch = Math.Max(1, setup.BatchSize);
        for (var start = 0; start < requests.Count; start += batch)
        {
            state.RunBatch(start, Math.Min(batch, requests.Count - start));
        }

        return state.Result();
    }

    /// <summary>The experts "pin-hot" keeps: the most requested, ties to the lower index.</summary>
    internal static HashSet<int> HotExperts(SimSetup setup, int slots)
    {
        if (!string.Equals(setup.Policy, "pin-hot", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var k = Math.Min(setup.PinnedExperts ?? (slots / 2), slots - 1);
        if (k <= 0)
        {
            return [];
        }

        var counts = new int[setup.Experts];
        foreach (var r in setup.Requests)
        {
            counts[r.Expert]++;
        }

        return Enumerable.Range(0, setup.Experts).OrderByDescending(e => counts[e]).ThenBy(e => e).Take(k).ToHashSet();
    }
}
