namespace CoeReview.RduSim.Tests;

public sealed class FootprintAndKneeTests
{
    [Fact]
    public void One_SN40L_node_holds_850_experts_where_DGX_H100_needs_about_19_nodes()
    {
        // Given 850 Llama-2-7B experts
        var scenario = Sims.TableV(8, 20, requests: 8, experts: 850);

        // When each machine is asked how many nodes hold them all
        var rdu = Sims.Run(scenario, "sn40l-node");
        var dgx = Sims.Run(scenario, "dgx-h100");

        // Then one RDU node and about 19 DGX nodes (±15 %)
        Assert.Equal(1, rdu.NodesToHoldAllExperts);
        Assert.InRange(dgx.NodesToHoldAllExperts, 19 * 0.85, 19 * 1.15);
    }

    [Theory]
    [InlineData("dgx-h100")]
    [InlineData("dgx-a100")]
    public void Latency_on_a_DGX_turns_up_near_50_experts(string gpu)
    {
        // Given uniform routing over more and more experts
        var baseline = MeanLatency(gpu, 10);

        // When the knee is the first count where mean latency rises 10 % above a small CoE's
        var knee = Enumerable.Range(10, 60).First(n => MeanLatency(gpu, n) > 1.1 * baseline);

        // Then it is near 640 GB / 13.5 GB, the paper's ~50 (±20 %)
        Assert.InRange(knee, 40, 60);
    }

    [Fact]
    public void Past_the_knee_latency_grows_far_more_on_a_DGX_than_on_an_SN40L_node()
    {
        var rduGrowth = MeanLatency("sn40l-node", 150) / MeanLatency("sn40l-node", 10);
        var gpuGrowth = MeanLatency("dgx-h100", 150) / MeanLatency("dgx-h100", 10);

        Assert.True(gpuGrowth - 1 > 4 * (rduGrowth - 1), $"gpu ×{gpuGrowth:F2}, rdu ×{rduGrowth:F2}");
    }

    private static double MeanLatency(string hardware, int experts) =>
        Sims.Run(Sims.TableV(1, 20, requests: 4000, experts: experts), hardware).MeanRequestLatencyMs;
}
