using CoeReview.Testing;

namespace CoeReview.Core.Tests;

/// <summary>Issue #12: golden files pin what a reader sees, not a float's last bits or MiniLM's third decimal.</summary>
public sealed class GoldenNumberTests
{
    [Fact]
    public void Floats_with_more_than_four_decimals_compare_at_four()
    {
        Assert.Equal(Golden.NormalizeNumbers("\"rduMs\": 28.904667670274534"), Golden.NormalizeNumbers("\"rduMs\": 28.90466767027454"));
        Assert.Equal("\"rduMs\": 28.9047, \"x\": -0.0001", Golden.NormalizeNumbers("\"rduMs\": 28.904667670274534, \"x\": -0.00012345"));
    }

    [Fact]
    public void Short_numbers_versions_and_hashes_are_left_as_they_are()
    {
        const string text = "v 1.2.34567, 0.9, 38.7192, sha 0.123456abc, 14";

        Assert.Equal(text, Golden.NormalizeNumbers(text));
    }

    [Fact]
    public void Routing_scores_are_compared_at_two_decimals()
    {
        Assert.Equal("\"scores\": { \"security\": 0.35, \"syntax\": 0.3 }", Golden.NormalizeNumbers("\"scores\": { \"security\": 0.3456, \"syntax\": 0.301 }"));
    }
}
