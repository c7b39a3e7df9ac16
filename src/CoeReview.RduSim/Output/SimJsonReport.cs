using System.Text.Json;
using System.Text.Json.Nodes;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Output;

/// <summary>`sim --format json`: the contract's hardware, scenario, result and compare { hardware, result, speedup }.</summary>
internal static class SimJsonReport
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

                // Added for #13.11: which way the speedups point, and every row as the text table says it.
                ["speedupMeans"] = $"{run.CompareHardware.Name}'s time divided by {run.Hardware.Name}'s: above 1 means {run.Hardware.Name} is faster",
                ["metrics"] = Metrics(run, other),
            };
        }

        return root.ToJsonString(SimJson.Options);
    }

    /// <summary>
    /// One entry per compared row: both values, the factor (at least 1), which way it points and the
    /// sentence the text table implies, so a script need not work out the direction itself.
    /// </summary>
    private static JsonArray Metrics(SimComparison run, SimResult other)
    {
        var list = new JsonArray();
        foreach (var m in SimMetric.Rows.Where(m => m.Compared))
        {
            var ratio = run.Ratio(m);
            var unit = m.Quantity == SimQuantity.Duration ? "ms" : m.Unit(0);
            list.Add(WithoutNulls(new JsonObject
            {
                ["metric"] = m.Field,
                ["unit"] = unit,
                ["value"] = Round(m.Get(run.Result)),
                ["compareValue"] = Round(m.Get(other)),
                ["factor"] = ratio is null ? null : Round(ratio.Factor),
                ["direction"] = ratio?.Direction,
                ["text"] = ratio is null ? null : $"{m.Label}: {run.Hardware.Name} {ratio.Than(run.CompareHardware!.Name)}",
            }));
        }

        return list;
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
