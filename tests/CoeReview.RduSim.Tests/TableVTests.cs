using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Tests;

/// <summary>
/// The SN40L paper's Table V (SN40L node against DGX A100 / H100, 150 Llama-2-7B experts) must
/// follow from the hardware parameters alone, within ±20 %: the DGX side was itself estimated.
/// </summary>
public sealed class TableVTests
{
    public static TheoryData<string, int, int, bool, double> Rows() => new()
    {
        { "dgx-a100", 8, 20, false, 6.6 },
        { "dgx-a100", 1, 20, false, 4.8 },
        { "dgx-a100", 1, 20, true, 2.0 },
        { "dgx-a100", 8, 200, false, 4.2 },
        { "dgx-a100", 1, 200, false, 3.9 },
        { "dgx-a100", 1, 200, true, 3.2 },
        { "dgx-h100", 8, 20, false, 3.7 },
        { "dgx-h100", 1, 20, false, 2.8 },
        { "dgx-h100", 1, 20, true, 1.5 },
        { "dgx-h100", 8, 200, false, 2.7 },
        { "dgx-h100", 1, 200, false, 2.6 },
        { "dgx-h100", 1, 200, true, 2.3 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Speedup_of_an_SN40L_node_over_a_DGX_matches_Table_V_within_20_percent(string gpu, int batch, int output, bool expertOnly, double published)
    {
        // Given the paper's setup with a workload of our choosing (prompt 1024, router naming the expert in 20 tokens)
        var scenario = Sims.TableV(batch, output);

        // When both machines run it
        var rdu = Sims.Run(scenario, "sn40l-node");
        var dgx = Sims.Run(scenario, gpu);

        // Then the ratio lands near the published one
        var ratio = expertOnly ? dgx.ExpertOnlyMs / rdu.ExpertOnlyMs : dgx.TotalMs / rdu.TotalMs;
        Assert.InRange(ratio / published, 0.8, 1.2);
    }

    [Theory]
    [InlineData("dgx-a100", 31.0)]
    [InlineData("dgx-h100", 15.5)]
    public void Model_switching_is_faster_on_the_SN40L_by_the_published_factor(string gpu, double published)
    {
        var rdu = Sims.Run(Sims.TableV(8, 20, requests: 80), "sn40l-node");
        var dgx = Sims.Run(Sims.TableV(8, 20, requests: 80), gpu);

        Assert.InRange(dgx.ExpertSwitchMs / rdu.ExpertSwitchMs / published, 0.8, 1.2);
        Assert.InRange(dgx.MeanSwitchMs / rdu.MeanSwitchMs / published, 0.8, 1.2);
    }
}
