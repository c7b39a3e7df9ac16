using CoeReview.Prompting;

namespace CoeReview.RduSim.Backend;

/// <summary>How the rdu-sim backend simulates a review.</summary>
public sealed record RduSimOptions
{
    /// <summary>The machine hosting the experts: a shipped profile name or a profile file.</summary>
    public string Hardware { get; init; } = "sn40l-node";

    /// <summary>The GPU system the report compares with.</summary>
    public string Baseline { get; init; } = "dgx-h100";

    /// <summary>
    /// The model that routes hunks on the node, as Samba-CoE routes prompts (null: routing costs
    /// nothing there). A small classifier-style router: prefill decides, one token names the expert.
    /// </summary>
    public string? RouterModel { get; init; } = "llama-3.2-1b";

    public int RouterOutputTokens { get; init; } = 1;

    /// <summary>Most hunks an expert decodes together; more run in turns while it stays resident.</summary>
    public int MaxGroupSize { get; init; } = 32;

    /// <summary>Devices per tensor-parallel group; 0 for the whole node.</summary>
    public int TensorParallel { get; init; }

    /// <summary>How the experts' requests are planned: the remote backend's defaults, so the requests priced are the ones it would send.</summary>
    public PromptLimits Prompt { get; init; } = PromptLimits.Default;
}
