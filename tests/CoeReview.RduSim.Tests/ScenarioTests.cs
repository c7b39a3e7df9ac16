using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Tests;

public sealed class ScenarioTests
{
    [Fact]
    public void A_YAML_scenario_runs_like_the_same_JSON_scenario()
    {
        var json = Sims.Parse("""{ "expertModel": "mistral-7b", "experts": 30, "batchSize": 2, "promptTokens": 256, "outputTokens": 32, "requests": 50, "routing": "zipf:1.0", "seed": 5 }""");
        var yaml = Sims.Parse("expertModel: mistral-7b\nexperts: 30\nbatchSize: 2\npromptTokens: 256\noutputTokens: 32\nrequests: 50\nrouting: zipf:1.0\nseed: 5\n");

        Assert.Equal(Sims.Run(json, "dgx-h100").TotalMs, Sims.Run(yaml, "dgx-h100").TotalMs);
    }

    [Fact]
    public void A_trace_replays_exactly_its_requests_against_four_HBM_slots()
    {
        // Given five experts visited round robin with four slots under LRU
        var trace = Sims.Parse("""
            { "expertModel": "llama-3.1-8b", "experts": 5, "hbmSlots": 4, "policy": "lru", "hostMemory": "pinned",
              "requests": [ { "expert": 0, "promptTokens": 512, "outputTokens": 64 }, { "expert": 1 }, { "expert": 2 }, { "expert": 3 },
                            { "expert": 4 }, { "expert": 0 }, { "expert": 1 } ] }
            """);

        var r = Sims.Run(trace, "h100-sxm");

        // Then LRU thrashes: every request switches
        Assert.Equal(7, r.Requests);
        Assert.Equal(7, r.Switches);
        Assert.Equal(4, r.ExpertsResidentInFastMemory);
    }

    [Fact]
    public void Pinning_hot_experts_keeps_them_resident_under_skewed_routing()
    {
        var skewed = Sims.Parse("""{ "expertModel": "llama-3.2-1b", "experts": 200, "hbmSlots": 10, "outputTokens": 8, "requests": 5000, "routing": "zipf:1.2", "seed": 1 }""");

        var lru = Sims.Run(skewed, "h100-sxm");
        var pinned = Sims.Run(skewed with { Policy = "pin-hot", PinnedExperts = 5 }, "h100-sxm");

        Assert.True(pinned.Switches < lru.Switches, $"pin-hot {pinned.Switches}, lru {lru.Switches}");
    }

    [Fact]
    public void Zipf_routing_favours_low_numbered_experts_and_uniform_does_not()
    {
        var zipf = RoutingSampler.Parse("zipf:1.0", 100, 3);
        var counts = new int[100];
        for (var i = 0; i < 20000; i++)
        {
            counts[zipf.Next()]++;
        }

        Assert.True(counts[0] > 5 * counts[20]);
        Assert.True(counts[0] > counts[1] && counts[1] > counts[9]);
    }

    [Theory]
    [InlineData("""{ "experts": "many" }""", "experts")]
    [InlineData("""{ "routing": "zipf:abc" }""", "Zipf")]
    [InlineData("""{ "routing": "round-robin" }""", "routing")]
    [InlineData("""{ "expertModel": "gpt-9" }""", "unknown model")]
    [InlineData("""{ "policy": "random" }""", "policy")]
    [InlineData("""{ "hostMemory": "swap" }""", "hostMemory")]
    [InlineData("""{ "batchSize": 0 }""", "batchSize")]
    [InlineData("""{ "requests": [ { "promptTokens": 3 } ] }""", "expert")]
    [InlineData("""{ "tensorParallel": 3 }""", "tensorParallel")]
    [InlineData("""{ "expertModel": { "hidden": 4096, "layers": 0, "heads": 32, "kvHeads": 8, "intermediate": 1, "vocab": 1 } }""", "positive")]
    [InlineData("{ not json", "test scenario")]
    public void Malformed_scenarios_fail_with_one_clear_message(string text, string mentions)
    {
        var e = Assert.Throws<SimInputException>(() => Sims.Run(Sims.Parse(text), "dgx-h100"));

        Assert.Contains(mentions, e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void An_inline_model_shape_is_accepted()
    {
        var s = Sims.Parse("""{ "expertModel": { "name": "tiny", "hidden": 1024, "layers": 8, "heads": 16, "kvHeads": 4, "intermediate": 4096, "vocab": 32000 }, "experts": 3, "requests": 10 }""");

        Assert.True(Sims.Run(s, "h100-sxm").TotalMs > 0);
    }

    [Fact]
    public void A_70B_expert_does_not_fit_one_GPU_and_says_so()
    {
        var s = Sims.Parse("""{ "expertModel": "llama-3.1-70b", "experts": 2, "requests": 2 }""");

        var e = Assert.Throws<SimInputException>(() => Sims.Run(s, "h100-sxm"));
        Assert.Contains("does not fit", e.Message, StringComparison.Ordinal);
    }
}
