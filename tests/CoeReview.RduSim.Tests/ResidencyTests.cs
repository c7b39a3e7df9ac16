using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Tests;

public sealed class ResidencyTests
{
    [Fact]
    public void LRU_evicts_the_least_recently_used_expert()
    {
        var r = new Residency(10, 2, new HashSet<int>());

        Assert.False(r.Touch(1));
        Assert.False(r.Touch(2));
        Assert.True(r.Touch(1));
        Assert.False(r.Touch(3));   // evicts 2, the least recent

        Assert.True(r.IsResident(1));
        Assert.False(r.IsResident(2));
        Assert.Equal(2, r.Count);
    }

    [Fact]
    public void A_pinned_expert_is_never_evicted()
    {
        var r = new Residency(10, 2, new HashSet<int> { 0 });
        r.Touch(0);
        for (var e = 1; e < 10; e++)
        {
            r.Touch(e);
        }

        Assert.True(r.IsResident(0));
    }

    [Fact]
    public void Closed_form_sum_of_the_larger_of_two_lines_matches_a_loop()
    {
        double loop = 0;
        for (var k = 3; k < 97; k++)
        {
            loop += Math.Max(10 + (0.5 * k), 30 + (0.1 * k));
        }

        Assert.Equal(loop, LinearSum.SumMax(10, 0.5, 30, 0.1, 3, 97), 9);
        Assert.Equal(loop, LinearSum.SumMax(30, 0.1, 10, 0.5, 3, 97), 9);
    }
}
