using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Tests;

public sealed class YamlInputTests
{
    [Fact]
    public void A_YAML_scenario_types_its_scalars_like_YAML_does()
    {
        var s = Sims.Parse("expertModel:\n  name: tiny\n  hidden: 1024\n  layers: 8\n  heads: 16\n  kvHeads: 4\n  intermediate: 4096\n  vocab: 32000\n  tiedEmbeddings: true\nexperts: 3\nrequests: 10\nrouting: 'zipf:0.5'\n");

        var shape = ScenarioBuilder.Model(s.ExpertModel, "expertModel")!;

        Assert.True(shape.TiedEmbeddings);
        Assert.True(Sims.Run(s, "h100-sxm").TotalMs > 0);
    }

    [Fact]
    public void An_absurd_request_count_is_refused_before_any_memory_is_taken()
    {
        var e = Assert.Throws<SimInputException>(() => Sims.Run(Sims.Parse("""{ "requests": 2000000000 }"""), "dgx-h100"));

        Assert.Contains("requests", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_YAML_profile_with_bare_numbers_is_accepted()
    {
        var yaml = """
            name: my-gpu
            kind: gpu
            devices: 1
            compute: { bf16PeakTflops: 500, prefillEfficiency: 0.7 }
            memory: { sramMB: 40, hbmGB: 48, hbmTBps: 1.0, bandwidthEfficiency: 0.8, usableHbmFraction: 0.9, ddrGB: 0, hostGB: 512 }
            switching: { from: host, linkGBps: 32, linkEfficiency: 0.8, nodeAggregateGBps: 32, pageableStagingGBps: 8, setupMs: 0.1 }
            execution: { kernelsPerLayerDecode: 10, kernelsPerLayerPrefill: 10, kernelsPerStep: 3, launchUs: 3, activationPassesHidden: 8, activationPassesIntermediate: 2 }
            interconnect: { allReduceGBps: 100, allReduceLatencyUs: 10 }
            """;

        var profile = HardwareCatalog.Parse(yaml, "my-gpu.yml");

        Assert.Equal(48, profile.Memory.HbmGB.Value);
        Assert.True(Sims.Run(Sims.Parse("""{ "expertModel": "llama-3.2-3b", "experts": 4, "requests": 8 }"""), profile).TotalMs > 0);
    }

    [Fact]
    public void A_profile_missing_a_section_is_bad_input_not_a_crash()
    {
        var e = Assert.Throws<SimInputException>(() => HardwareCatalog.Parse("name: x\nkind: gpu\ndevices: 1\n", "x.yml"));

        Assert.Contains("x.yml", e.Message, StringComparison.Ordinal);
    }
}
