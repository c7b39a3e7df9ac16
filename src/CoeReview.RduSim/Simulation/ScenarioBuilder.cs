using System.Globalization;
using System.Text.Json;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Models;

namespace CoeReview.RduSim.Simulation;

/// <summary>Turns a scenario or trace into a <see cref="SimSetup"/> for one machine; every mistake is a one-line SimInputException.</summary>
internal static class ScenarioBuilder
{
    /// <summary>Upper bounds that keep a typo from asking for more memory than the machine has.</summary>
    public const int MaxRequests = 50_000_000;

    public const int MaxExperts = 1_000_000;

    public static SimSetup Build(Scenario scenario, HardwareProfile hardware, int timelineLimit = 0)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(hardware);
        var expert = Model(scenario.ExpertModel, "expertModel") ?? ModelCatalog.Get("llama-2-7b");
        var router = Model(scenario.RouterModel, "routerModel");
        var requests = Requests(scenario, out var experts);
        var host = scenario.HostMemory?.Trim().ToLowerInvariant() ?? "pinned";
        if (host is not ("pinned" or "pageable"))
        {
            throw new SimInputException($"hostMemory must be 'pinned' or 'pageable', not '{scenario.HostMemory}'");
        }

        var policy = scenario.Policy?.Trim().ToLowerInvariant() ?? "lru";
        if (policy is not ("lru" or "pin-hot"))
        {
            throw new SimInputException($"policy must be 'lru' or 'pin-hot', not '{scenario.Policy}'");
        }

        return new SimSetup
        {
            Hardware = hardware,
            ExpertModel = expert,
            Experts = experts,
            RouterModel = router,
            RouterOutputTokens = Positive(scenario.RouterOutputTokens ?? 1, "routerOutputTokens"),
            BatchSize = Positive(scenario.BatchSize ?? 1, "batchSize"),
            TensorParallel = scenario.TensorParallel is { } tp ? Positive(tp, "tensorParallel") : 0,
            HbmSlots = scenario.HbmSlots is { } s ? Positive(s, "hbmSlots") : null,
            Policy = policy,
            PinnedExperts = scenario.PinnedExperts,
            PageableHost = host == "pageable",
            Requests = requests,
            TimelineLimit = timelineLimit,
        };
    }

    /// <summary>A model by name or an inline shape; null for absent or "none".</summary>
    public static ModelShape? Model(JsonElement? element, string field)
    {
        if (element is not { } e || e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        if (e.ValueKind == JsonValueKind.String)
        {
            var name = e.GetString() ?? "";
            return name.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : ModelCatalog.Get(name);
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new SimInputException($"{field} must be a model name or a shape object");
        }

        ModelShape shape;
        try
        {
            shape = e.Deserialize<ModelShape>(SimJson.Options) ?? throw new SimInputException($"{field}: empty shape");
        }
        catch (JsonException ex)
        {
            throw new SimInputException($"{field}: {ex.Message}", ex);
        }

        shape = shape with { Name = string.IsNullOrWhiteSpace(shape.Name) ? "custom" : shape.Name };
        shape.Validate();
        return shape;
    }

    private static SimRequest[] Requests(Scenario s, out int experts)
    {
        if (s.Requests is { ValueKind: JsonValueKind.Array } list)
        {
            var trace = Trace(list, s);
            experts = s.Experts ?? (trace.Length == 0 ? 1 : trace.Max(r => r.Expert) + 1);
            var n = experts;
            if (trace.Any(r => r.Expert >= n))
            {
                throw new SimInputException($"a trace request names an expert beyond experts = {n}");
            }

            return trace;
        }

        experts = Positive(s.Experts ?? 1, "experts");
        if (experts > MaxExperts)
        {
            throw new SimInputException($"experts must be at most {MaxExperts:N0}");
        }

        var count = s.Requests is null ? 1000
            : IntOf(s.Requests.Value) ?? throw new SimInputException("requests must be a count (scenario) or a list (trace)");
        if (count < 0 || count > MaxRequests)
        {
            throw new SimInputException($"requests must be between 0 and {MaxRequests:N0}");
        }

        var prompt = Positive(s.PromptTokens ?? 512, "promptTokens");
        var output = Positive(s.OutputTokens ?? 20, "outputTokens");
        var sampler = RoutingSampler.Parse(s.Routing ?? "uniform", experts, s.Seed ?? 42);
        var requests = new SimRequest[count];
        for (var i = 0; i < count; i++)
        {
            requests[i] = new SimRequest(sampler.Next(), prompt, output);
        }

        return requests;
    }

    private static SimRequest[] Trace(JsonElement list, Scenario s)
    {
        var result = new SimRequest[list.GetArrayLength()];
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("expert", out var e) || IntOf(e) is not { } expert || expert < 0)
            {
                throw new SimInputException($"trace request {i}: needs \"expert\" as a non-negative integer");
            }

            var prompt = Int(item, "promptTokens", i) ?? s.PromptTokens ?? 512;
            var output = Int(item, "outputTokens", i) ?? s.OutputTokens ?? 20;
            result[i++] = new SimRequest(expert, Positive(prompt, "promptTokens"), Positive(output, "outputTokens"));
        }

        return result;
    }

    private static int? Int(JsonElement item, string name, int index)
    {
        if (!item.TryGetProperty(name, out var v))
        {
            return null;
        }

        return IntOf(v) ?? throw new SimInputException($"trace request {index}: {name} must be an integer");
    }

    /// <summary>An integer given as a JSON number or, from YAML, as a string of digits.</summary>
    private static int? IntOf(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetInt32(out var n) => n,
        JsonValueKind.String when int.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static int Positive(int value, string field) =>
        value >= 1 ? value : throw new SimInputException($"{field} must be at least 1, not {value}");
}
