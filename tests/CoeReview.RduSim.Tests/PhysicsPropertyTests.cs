using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Tests;

/// <summary>Properties the physics must keep whatever the numbers: faster parts never slow a run, parts add up, parameters move results.</summary>
public sealed class PhysicsPropertyTests
{
    private static readonly Func<HardwareProfile, double, HardwareProfile>[] s_faster =
    [
        (p, f) => p with { Memory = p.Memory with { HbmTBps = p.Memory.HbmTBps.Scaled(f) } },
        (p, f) => p with { Memory = p.Memory with { HbmGB = p.Memory.HbmGB.Scaled(f) } },
        (p, f) => p with { Compute = p.Compute with { Bf16PeakTflops = p.Compute.Bf16PeakTflops.Scaled(f) } },
        (p, f) => p with { Switching = p.Switching with { LinkGBps = p.Switching.LinkGBps.Scaled(f) } },
        (p, f) => p with { Switching = p.Switching with { NodeAggregateGBps = p.Switching.NodeAggregateGBps.Scaled(f) } },
        (p, f) => p with { Interconnect = p.Interconnect with { AllReduceGBps = p.Interconnect.AllReduceGBps.Scaled(f) } },
        (p, f) => p with { Execution = p.Execution with { LaunchUs = p.Execution.LaunchUs.Scaled(1 / f) } },
    ];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var hw in new[] { "sn40l-node", "dgx-h100", "dgx-a100", "h100-sxm" })
        {
            data.Add(hw, """{ "expertModel": "llama-2-7b", "experts": 150, "routerModel": "llama-2-7b", "batchSize": 8, "promptTokens": 700, "outputTokens": 60, "requests": 400, "routing": "zipf:0.8", "seed": 3 }""");
            data.Add(hw, """{ "expertModel": "llama-3.2-1b", "experts": 40, "batchSize": 4, "promptTokens": 300, "outputTokens": 200, "requests": 300, "routing": "uniform", "seed": 9, "tensorParallel": 1 }""");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void More_bandwidth_memory_or_compute_never_makes_a_run_slower(string hardware, string scenarioJson)
    {
        // Given a run on the shipped profile
        var scenario = Sims.Parse(scenarioJson);
        var profile = HardwareCatalog.Get(hardware);
        var before = Sims.Run(scenario, profile);

        foreach (var faster in s_faster)
        {
            foreach (var factor in new[] { 1.3, 2.0 })
            {
                // When one part gets faster or larger
                var after = Sims.Run(scenario, faster(profile, factor));

                // Then no phase and no latency grows
                const double Slack = 1 + 1e-9;
                Assert.True(after.TotalMs <= before.TotalMs * Slack, $"total {before.TotalMs} → {after.TotalMs}");
                Assert.True(after.MeanRequestLatencyMs <= before.MeanRequestLatencyMs * Slack);
                Assert.True(after.SwitchMs <= before.SwitchMs * Slack);
                Assert.True(after.PrefillMs <= before.PrefillMs * Slack);
                Assert.True(after.DecodeMs <= before.DecodeMs * Slack);
                Assert.True(after.RouterMs <= before.RouterMs * Slack);
            }
        }
    }

    [Theory]
    [InlineData("sn40l-node")]
    [InlineData("dgx-h100")]
    public void On_one_lane_the_total_is_the_sum_of_router_switch_prefill_and_decode(string hardware)
    {
        var r = Sims.Run(Sims.TableV(8, 50, requests: 300), hardware);

        Assert.Equal(1, r.Lanes);
        Assert.Equal(r.RouterMs + r.SwitchMs + r.PrefillMs + r.DecodeMs, r.TotalMs, 6);
        Assert.Equal(r.SwitchMs, r.PerExpert.Sum(e => e.SwitchMs), 6);
        Assert.Equal(r.PrefillMs + r.DecodeMs, r.PerExpert.Sum(e => e.PrefillMs + e.DecodeMs), 6);
        Assert.Equal(r.Switches, r.PerExpert.Sum(e => e.Switches));
        Assert.Equal(300, r.PerExpert.Sum(e => e.Requests));
    }

    [Fact]
    public void With_one_request_per_batch_on_one_lane_latency_is_pure_service_time()
    {
        var r = Sims.Run(Sims.TableV(1, 30, requests: 200), "dgx-a100");

        Assert.Equal(r.MeanServiceLatencyMs, r.MeanRequestLatencyMs, 6);
        Assert.Equal(r.TotalMs / 200, r.MeanRequestLatencyMs, 6);
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_and_another_seed_another()
    {
        var scenario = Sims.TableV(8, 20, requests: 500) with { Routing = "zipf:1.1", Seed = 7 };

        var a = Sims.Run(scenario, "dgx-h100");
        var b = Sims.Run(scenario, "dgx-h100");
        var c = Sims.Run(scenario with { Seed = 8 }, "dgx-h100");

        Assert.Equal(a with { PerExpert = [], Timeline = [], Occupancy = [] }, b with { PerExpert = [], Timeline = [], Occupancy = [] });
        Assert.Equal(a.PerExpert, b.PerExpert);
        Assert.NotEqual(a.TotalMs, c.TotalMs);
    }

    [Theory]
    [InlineData("dgx-h100", "pinned")]
    [InlineData("h100-sxm", "pageable")]
    [InlineData("sn40l-node", "pinned")]
    public void Halving_the_switching_link_doubles_each_switch_and_leaves_the_rest(string hardware, string host)
    {
        // Given a run, and the same machine with half the link (and node-wide) bandwidth
        var scenario = Sims.TableV(8, 20, requests: 300) with { HostMemory = host, ExpertModel = Sims.Parse("""{ "expertModel": "llama-3.2-3b" }""").ExpertModel };
        var profile = HardwareCatalog.Get(hardware);
        var slower = profile with
        {
            Switching = profile.Switching with
            {
                LinkGBps = profile.Switching.LinkGBps.Scaled(0.5),
                NodeAggregateGBps = profile.Switching.NodeAggregateGBps.Scaled(0.5),
                PageableStagingGBps = profile.Switching.PageableStagingGBps.Scaled(0.5),
            },
        };

        var a = Sims.Run(scenario, profile);
        var b = Sims.Run(scenario, slower);

        // Then the copy part of every switch doubles: same switches, twice the bytes-over-bandwidth time
        var setup = profile.Switching.SetupMs.Value;
        Assert.Equal(a.Switches, b.Switches);
        Assert.Equal(2 * (a.MeanSwitchMs - setup), b.MeanSwitchMs - setup, 6);
        Assert.Equal(a.PrefillMs + a.DecodeMs + a.RouterMs, b.PrefillMs + b.DecodeMs + b.RouterMs, 6);
        Assert.Equal(b.TotalMs - a.TotalMs, b.SwitchMs - a.SwitchMs, 6);
    }

    [Fact]
    public void Decode_in_closed_form_equals_adding_up_each_step()
    {
        var cost = new CostModel(HardwareCatalog.Get("dgx-h100"), Models.ModelCatalog.Get("llama-3.1-8b"), 8);
        double stepwise = 0;
        for (var k = 0; k < 3000; k++)
        {
            stepwise += cost.DecodeStepMs(64, 64.0 * (100 + k));
        }

        Assert.Equal(stepwise, cost.DecodeStepsMs(64, 64.0 * 100, 0, 3000), 6);
    }

    [Fact]
    public void Halving_HBM_bandwidth_slows_bandwidth_bound_decode_by_nearly_half_its_memory_time()
    {
        var profile = HardwareCatalog.Get("h100-sxm");
        var shape = Models.ModelCatalog.Get("llama-3.1-8b");
        var half = profile with { Memory = profile.Memory with { HbmTBps = profile.Memory.HbmTBps.Scaled(0.5) } };

        var fast = new CostModel(profile, shape, 1).DecodeStepMs(1, 2048);
        var slow = new CostModel(half, shape, 1).DecodeStepMs(1, 2048);
        var memoryMs = (shape.StreamedBytesPerStep + (2048 * shape.KvBytesPerToken)) / (profile.Memory.HbmTBps * 1e12 * profile.Memory.BandwidthEfficiency) * 1e3;

        Assert.Equal(memoryMs, slow - fast, 6);
    }
}
