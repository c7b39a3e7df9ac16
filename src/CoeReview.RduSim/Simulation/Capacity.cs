namespace CoeReview.RduSim.Simulation;

/// <summary>How many experts fit in a lane's HBM and how many nodes hold them all.</summary>
public sealed record Capacity(int DerivedSlots, int Slots, double LaneHbmBytes, double FixedBytes, int NodesToHoldAllExperts)
{
    /// <summary>
    /// Fast memory left for experts = usable HBM − router weights − KV for the largest batch at the
    /// longest context (expert and router). On a GPU all experts must sit in HBM to be served
    /// without swapping; an RDU serves them from its device DDR.
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

        if (setup.ExpertModel.Heads % tp != 0 && tp > 1)
        {
            throw new SimInputException($"tensorParallel {tp} must divide the {setup.ExpertModel.Heads} heads of {setup.ExpertModel.Name}");
        }

        long maxContext = 1;
        long maxPrompt = 1;
        foreach (var r in setup.Requests)
        {
            maxContext = Math.Max(maxContext, (long)r.PromptTokens + r.OutputTokens);
            maxPrompt = Math.Max(maxPrompt, r.PromptTokens);
        }

        var batch = Math.Max(1, setup.BatchSize);
        var laneHbm = tp * hw.Memory.HbmGB * 1e9 * hw.Memory.UsableHbmFraction;
        var fixedBytes = batch * maxContext * setup.ExpertModel.KvBytesPerToken;
        if (setup.RouterModel is { } router)
        {
            fixedBytes += router.WeightBytes + (batch * (maxPrompt + setup.RouterOutputTokens) * router.KvBytesPerToken);
        }

        var expertBytes = setup.ExpertModel.WeightBytes;
        var derived = (int)Math.Max(0, Math.Floor((laneHbm - fixedBytes) / expertBytes));
        var slots = setup.HbmSlots ?? derived;
        if (slots < 1)
        {
            throw new SimInputException(
                $"{setup.ExpertModel.Name} ({expertBytes / 1e9:0.#} GB) does not fit in {hw.Name}'s HBM next to the router and KV cache at tensorParallel {tp}");
        }

        int nodes;
        if (hw.IsRdu && hw.Memory.DdrGB > 0)
        {
            nodes = (int)Math.Ceiling(setup.Experts * expertBytes / (hw.DeviceCount * hw.Memory.DdrGB * 1e9));
        }
        else
        {
            var perNode = Math.Max(1, derived) * setup.Lanes;
            nodes = (int)Math.Ceiling(setup.Experts / (double)perNode);
        }

        return new Capacity(derived, slots, laneHbm, fixedBytes, Math.Max(1, nodes));
    }
}
