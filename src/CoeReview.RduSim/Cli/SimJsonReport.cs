using System.Text.Json;
using System.Text.Json.Nodes;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Cli;

/// <summary>`sim --format json`: the contract's hardware, scenario, result and compare { hardware, result, speedup }.</summary>
public static class SimJsonReport
{
    public static string Render(SimComparison run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var root = new JsonObject
        {
            ["hardware"] = run.Hardware.Name,
            ["scenario"] = Scenario(run.Setup, run.Scenario),
            ["result"] = Result(run.Result),
        };
        if (run.CompareResult is { } other)
        {
            root["compare"] = new JsonObject
            {
                ["hardware"] = run.CompareHardware!.Name,
                ["result"] = Result(other),
                ["speedup"] = new JsonObject
                {
                    ["total"] = Round(run.TotalSpeedup),
                    ["switch"] = Round(run.SwitchSpeedup),
                    ["expertOnly"] = Round(run.Result.ExpertOnlyMs > 0 ? other.ExpertOnlyMs / run.Result.ExpertOnlyMs : 0),
                    ["meanRequestLatency"] = Round(run.Result.MeanRequestLatencyMs > 0 ? other.MeanRequestLatencyMs / run.Result.MeanRequestLatencyMs : 0),
                },
            };
        }

        return root.ToJsonString(SimJson.Options);
    }

    /// <summary>The scenario as resolved (a trace shows its request count, not the list).</summary>
    private static JsonObject Scenario(SimSetup s, Scenario input) => WithoutNulls(new JsonObject
    {
        ["expertModel"] = s.ExpertModel.Name,
        ["experts"] = s.Experts,
        ["routerModel"] = s.RouterModel?.Name,
        ["routerOutputTokens"] = s.RouterOutputTokens,
        ["batchSize"] = s.BatchSize,
        ["promptTokens"] = input.PromptTokens,
        ["outputTokens"] = input.OutputTokens,
        ["requests"] = s.Requests.Count,
        ["trace"] = input.Requests is { ValueKind: JsonValueKind.Array },
        ["routing"] = input.Requests is { ValueKind: JsonValueKind.Array } ? null : input.Routing ?? "uniform",
        ["seed"] = input.Seed ?? 42,
        ["tensorParallel"] = s.Tp,
        ["hbmSlots"] = s.HbmSlots,
        ["policy"] = s.Policy,
        ["hostMemory"] = s.PageableHost ? "pageable" : "pinned",
    });

    private static JsonObject WithoutNulls(JsonObject o)
    {
        foreach (var key in o.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList())
        {
            o.Remove(key);
        }

        return o;
    }

    private static JsonObject Result(SimResult r) => new()
    {
        ["totalMs"] = Round(r.TotalMs),
        ["switchMs"] = Round(r.SwitchMs),
        ["prefillMs"] = Round(r.PrefillMs),
        ["decodeMs"] = Round(r.DecodeMs),
        ["routerMs"] = Round(r.RouterMs),
        ["switches"] = r.Switches,
        ["meanSwitchMs"] = Round(r.MeanSwitchMs),
        ["meanRequestLatencyMs"] = Round(r.MeanRequestLatencyMs),
        ["outputTokensPerSecond"] = Round(r.OutputTokensPerSecond),
        ["expertsResidentInFastMemory"] = r.ExpertsResidentInFastMemory,
        ["nodesToHoldAllExperts"] = r.NodesToHoldAllExperts,
        ["expertSwitchMs"] = Round(r.ExpertSwitchMs),
        ["expertOnlyMs"] = Round(r.ExpertOnlyMs),
        ["requests"] = r.Requests,
        ["outputTokens"] = r.OutputTokens,
        ["lanes"] = r.Lanes,
    };

    private static double Round(double v) => Math.Round(v, 3);
}
