using System.Text.Json;

namespace CoeReview.RduSim.Simulation;

/// <summary>
/// A scenario or trace file as docs/contract.md shows it. "requests" is a count (a scenario: routing
/// drawn from a seeded distribution) or a list (a trace: the given requests replayed).
/// </summary>
public sealed record Scenario
{
    /// <summary>A model name or an inline shape { name, hidden, layers, heads, kvHeads, intermediate, vocab }.</summary>
    public JsonElement? ExpertModel { get; init; }

    public int? Experts { get; init; }

    /// <summary>A model name, an inline shape, or absent/"none" for a router that costs nothing on the node.</summary>
    public JsonElement? RouterModel { get; init; }

    public int? RouterOutputTokens { get; init; }

    public int? BatchSize { get; init; }

    public int? PromptTokens { get; init; }

    public int? OutputTokens { get; init; }

    public JsonElement? Requests { get; init; }

    /// <summary>"uniform" or "zipf:S".</summary>
    public string? Routing { get; init; }

    public int? Seed { get; init; }

    public int? TensorParallel { get; init; }

    public int? HbmSlots { get; init; }

    public string? Policy { get; init; }

    public int? PinnedExperts { get; init; }

    /// <summary>"pinned" or "pageable".</summary>
    public string? HostMemory { get; init; }

    /// <summary>The scenario `coe-review sim` runs without --scenario: the paper's Table V setup.</summary>
    public static Scenario Default { get; } = SimJson.Parse<Scenario>(
        """
        { "expertModel": "llama-2-7b", "experts": 150, "routerModel": "llama-2-7b", "batchSize": 8,
          "routerOutputTokens": 20, "promptTokens": 1024, "outputTokens": 20, "requests": 1000,
          "routing": "uniform", "seed": 42 }
        """,
        "default scenario");

    public static Scenario Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new SimInputException($"scenario file not found: {path}");
        }

        return SimJson.Parse<Scenario>(File.ReadAllText(path), path);
    }

    public string ToJson() => JsonSerializer.Serialize(this, SimJson.Options);
}
