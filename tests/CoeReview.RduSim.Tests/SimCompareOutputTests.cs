using System.Text.Json;
using System.Text.RegularExpressions;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Output;

namespace CoeReview.RduSim.Tests;

/// <summary>Issue #13.11: `sim --compare` gives each row one unit and says which way every ratio points.</summary>
public sealed partial class SimCompareOutputTests
{
    private static readonly Lazy<SimComparison> s_paper = new(() => Compare("sn40l-node", "dgx-h100"));

    [Fact]
    public void Every_time_row_of_the_compare_table_shows_both_machines_in_one_unit()
    {
        // Given the paper's scenario, where total is about 70 s on sn40l-node and 232 s on dgx-h100
        // When the text table is rendered
        var rows = TableRows(SimTextReport.Render(s_paper.Value));

        // Then each duration row uses ms or s for both values, never one of each
        var durations = rows.Where(r => r.A.EndsWith('s') && char.IsDigit(r.A[0])).ToList();
        Assert.Equal(7, durations.Count);
        Assert.All(durations, r => Assert.Equal(Unit(r.A), Unit(r.B)));
        Assert.Equal(("69.8 s", "232.1 s"), Row(rows, "total"));
        Assert.Equal(("13.1 ms", "210.7 ms"), Row(rows, "one expert switch"));
    }

    [Fact]
    public void Every_ratio_of_the_compare_table_says_which_way_it_points()
    {
        // Given the paper's scenario, where sn40l-node's router takes longer than dgx-h100's
        // When the text table is rendered
        var text = SimTextReport.Render(s_paper.Value);
        var rows = TableRows(text);

        // Then every ratio is a factor of at least 1 with a direction word, and the words match the values
        Assert.All(rows.Where(r => r.Ratio.Length > 0), r => Assert.Matches(@"^(\d+\.\d\d× (faster|slower|more|fewer|higher|lower)|same|–)$", r.Ratio));
        Assert.Equal("1.43× slower", rows.Single(r => r.Label == "router").Ratio);
        Assert.Equal("3.32× faster", rows.Single(r => r.Label == "total").Ratio);
        Assert.Equal("4.00× fewer", rows.Single(r => r.Label == "nodes to hold all").Ratio);
        Assert.Equal("3.32× higher", rows.Single(r => r.Label == "output tokens/s").Ratio);
        Assert.DoesNotMatch(@"\b0\.\d+×", text);
        Assert.Contains("Overall, sn40l-node is 3.32× faster than dgx-h100, and 16.13× faster at switching one expert in.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_machine_that_is_slower_overall_is_called_slower_rather_than_0_3x_faster()
    {
        // Given dgx-h100 asked for and compared with sn40l-node
        var text = SimTextReport.Render(Compare("dgx-h100", "sn40l-node"));

        // Then the summary says slower, with factors above 1
        Assert.Contains("Overall, dgx-h100 is 3.32× slower than sn40l-node, and 16.13× slower at switching one expert in.", text, StringComparison.Ordinal);
        Assert.Equal("1.43× faster", TableRows(text).Single(r => r.Label == "router").Ratio);
    }

    [Fact]
    public void The_json_compare_keeps_its_speedups_and_adds_each_metric_with_its_direction()
    {
        // Given the paper's scenario compared with dgx-h100
        var root = JsonDocument.Parse(SimJsonReport.Render(s_paper.Value)).RootElement;
        var compare = root.GetProperty("compare");

        // Then the contract's speedups are as before (dgx-h100's time over sn40l-node's) ...
        Assert.Equal(3.324, compare.GetProperty("speedup").GetProperty("total").GetDouble(), 2);
        Assert.Contains("above 1 means sn40l-node is faster", compare.GetProperty("speedupMeans").GetString(), StringComparison.Ordinal);

        // ... and each compared row says which way it points, in the same words as the text table
        var router = compare.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == "routerMs");
        Assert.Equal("ms", router.GetProperty("unit").GetString());
        Assert.Equal(1.434, router.GetProperty("factor").GetDouble(), 2);
        Assert.Equal("slower", router.GetProperty("direction").GetString());
        Assert.Equal("router: sn40l-node 1.43× slower than dgx-h100", router.GetProperty("text").GetString());
        Assert.DoesNotContain(compare.GetProperty("metrics").EnumerateArray(), m => m.GetProperty("metric").GetString() == "expertsResidentInFastMemory");
    }

    [Theory]
    [InlineData(20_111.5, 14_027.6, 1.43, "slower")]
    [InlineData(13.1, 210.7, 16.08, "faster")]
    [InlineData(100, 100.4, 1, "same")]
    public void A_duration_ratio_is_a_factor_of_at_least_one_and_a_direction(double ours, double theirs, double factor, string direction)
    {
        var ratio = SimRatio.Of(SimQuantity.Duration, ours, theirs);

        Assert.NotNull(ratio);
        Assert.Equal(factor, ratio.Factor, 2);
        Assert.Equal(direction, ratio.Direction);
    }

    [Fact]
    public void A_ratio_with_a_zero_on_either_side_is_no_ratio()
    {
        Assert.Null(SimRatio.Of(SimQuantity.Duration, 0, 12));
        Assert.Null(SimRatio.Of(SimQuantity.Count, 3, 0));
    }

    [Theory]
    [InlineData(69_822.1, 232_072.8, "69.8 s")]
    [InlineData(385.0, 1_089.0, "385.0 ms")]
    [InlineData(13.1, 12_000, "0.013 s")]
    [InlineData(9_999, 9_999, "9,999.0 ms")]
    public void A_duration_takes_the_unit_of_its_rows_larger_value(double ms, double rowMax, string expected) =>
        Assert.Equal(expected, SimDuration.Format(ms, rowMax));

    private static SimComparison Compare(string hardware, string compare) =>
        SimComparison.Run(Sims.TableV(8, 20, requests: 1000), HardwareCatalog.Get(hardware), HardwareCatalog.Get(compare));

    private static string Unit(string value) => value.Split(' ')[^1];

    private static (string A, string B) Row(List<(string Label, string A, string B, string Ratio)> rows, string label)
    {
        var row = rows.Single(r => r.Label == label);
        return (row.A, row.B);
    }

    /// <summary>The table's rows: label, both values and the ratio, split on the column gaps.</summary>
    private static List<(string Label, string A, string B, string Ratio)> TableRows(string text) =>
        text.Split('\n').Select(l => TableRow().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["label"].Value.Trim(), m.Groups["a"].Value, m.Groups["b"].Value, m.Groups["ratio"].Value.Trim())).ToList();

    [GeneratedRegex(@"^(?<label>\s*[a-z][A-Za-z /]*?)\s{2,}(?<a>[\d.,]+(?: m?s)?)\s+(?<b>[\d.,]+(?: m?s)?)(?:\s{3}(?<ratio>.+))?$")]
    private static partial Regex TableRow();
}
