namespace CoeReview.RduSim.Simulation;

/// <summary>How much of a lane's HBM holds experts, how many fit, and how many nodes hold them all.</summary>
internal sealed record Capacity(int DerivedSlots, int Slots, double ExpertBytesCapacity, double LaneHbmBytes, double FixedBytes, int NodesToHoldAllExperts)
{
    /// <summary>
    /// Fast memory left for experts = usable HBM − router weights − the larger of the router's KV
    /// for a batch and the KV of the largest group an expert decodes (they run one after the
    /// other). A GPU serves only what sits in HBM; an RDU serves from its device DDR.
    /// </summary>
    public static Capacity For(SimSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var hw = setup.Hardware;
        var tp = setup.Tp;
        if (tp < 1 || hw.DeviceCount % tp != 0)
        {
            throw new SimInputException($"tensorParallel {tp} must divide the {hw.DeviceCount} devices of {hw.Name}");
        }

        if (setup.ExpertModels is { } models && models.Count != setup.Experts)
        {
            throw new SimInputException($"{models.Count} expert models given for {setup.Experts} experts");
        }

        var sizes = Enumerable.Range(0, setup.Experts).Select(e => setup.ModelOf(e)).ToList();
        var tooWide = sizes.FirstOrDefault(m => tp > 1 && m.Heads % tp != 0);
        if (tooWide is not null)
        {
            throw new SimInputException($"tensorParallel {tp} must divide the {tooWide.Heads} heads of {tooWide.Name}");
        }

        var laneHbm = tp * hw.Memory.HbmGB * 1e9 * hw.Memory.UsableHbmFraction;
        var fixedBytes = (setup.RouterModel?.WeightBytes ?? 0) + PeakKvBytes(setup);
        var free = laneHbm - fixedBytes;
        var largest = sizes.Max(m => m.WeightBytes);
        var totalBytes = sizes.Sum(m => m.WeightBytes);
        var meanBytes = totalBytes / setup.Experts;
        if (largest > free)
        {
            var big = sizes.First(m => m.WeightBytes == largest);
            throw new SimInputException(
                $"{big.Name} ({largest / 1e9:0.#} GB) does not fit in {hw.Name}'s HBM next to the router and KV cache at tensorParallel {tp}");
        }

        var derived = totalBytes <= free ? setup.Experts : (int)Math.Floor(free / meanBytes);
        var slots = setup.HbmSlots ?? derived;
        var expertCapacity = setup.HbmSlots is { } s ? s * largest : free;

        int nodes;
        if (hw.IsRdu && hw.Memory.DdrGB > 0)
        {
            nodes = (int)Math.Ceiling(totalBytes / (hw.DeviceCount * hw.Memory.DdrGB * 1e9));
        }
        else
        {
            nodes = (int)Math.Ceiling(totalBytes / (free * setup.Lanes));
        }

        return new Capacity(derived, slots, expertCapacity, laneHbm, fixedBytes, Math.Max(1, nodes));
    }

    private static double PeakKvBytes(SimSetup setup)
    {
        var requests = setup.Requests;
        var batch = Math.Max(1, setup.BatchSize);
        var stamp = new int[setup.Experts];
        var groupTokens = new double[setup.Experts];
        var groupCount = new int[setup.Experts];
        Array.Fill(stamp, -1);
        double expertPeak = 0, routerPeak = 0;
        for (int start = 0, b = 0; start < requests.Count; start += batch, b++)
        {
            double routerTokens = 0;
            for (var i = start; i < Math.Min(start + batch, requests.Count); i++)
            {
                var r = requests[i];
                if ((uint)r.Expert >= (uint)setup.Experts)
                {
                    continue;   // reported by the simulator with the request's index
                }

                if (stamp[r.Expert] != b)
                {
                    stamp[r.Expert] = b;
                    groupTokens[r.Expert] = 0;
                    groupCount[r.Expert] = 0;
                }

                // Past MaxGroupSize the group runs in turns: count at most that many sequences at once.
                if (groupCount[r.Expert]++ < setup.MaxGroupSize)
                {
                    groupTokens[r.Expert] += (double)r.PromptTokens + r.OutputTokens;
                }

                expertPeak = Math.Max(expertPeak, groupTokens[r.Expert] * setup.ModelOf(r.Expert).KvBytesPerToken);
                routerTokens += r.PromptTokens + setup.RouterOutputTokens;
            }

            routerPeak = Math.Max(routerPeak, routerTokens * (setup.RouterModel?.KvBytesPerToken ?? 0));
        }

        return Math.Max(expertPeak, routerPeak);
    }
}
