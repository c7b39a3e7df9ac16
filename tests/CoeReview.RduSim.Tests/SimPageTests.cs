using System.Xml.Linq;
using CoeReview.RduSim.Hardware;

namespace CoeReview.RduSim.Tests;

/// <summary>Issue #13.11: every chart of the sim page has a title, axes with units, a legend and a caption, and names only the machines asked for.</summary>
[Trait("Category", "Slow")]
public sealed class SimPageTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coe-sim-page-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("sn40l-node", "dgx-h100")]
    [InlineData("sn40l-node", null)]
    [InlineData("dgx-a100", null)]
    public async Task Every_chart_has_a_title_axes_with_units_a_legend_and_a_one_sentence_caption(string hardware, string? compare)
    {
        // Given the page for one machine or two
        var page = SimPage.Parse(await SimPage.RenderAsync(hardware, compare, _dir));

        // When it is read chart by chart
        var charts = SimPage.Charts(page).ToList();

        // Then there are the three charts, each with its parts
        Assert.Equal(["chart-timeline", "chart-memory", "chart-knee"], charts.Select(c => (string?)c.Attribute("id")));
        foreach (var chart in charts)
        {
            var id = (string?)chart.Attribute("id");
            Assert.False(string.IsNullOrWhiteSpace(Assert.Single(SimPage.WithClass(chart, "chart-title")).Value), id);
            foreach (var axis in new[] { "x-axis", "y-axis" })
            {
                var labels = SimPage.WithClass(chart, axis).ToList();
                Assert.True(labels.Count > 0, $"{id} has no {axis} label");
                Assert.All(labels, l => Assert.Matches(@"\((s|ms|GB|count|sockets|GPUs|sockets or GPUs)\)$", l.Value));
            }

            Assert.NotEmpty(SimPage.WithClass(chart, "legend-item"));
            var caption = Assert.Single(SimPage.WithClass(chart, "chart-caption")).Value;
            Assert.EndsWith(".", caption, StringComparison.Ordinal);
            Assert.DoesNotContain(". ", caption, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("sn40l-node", "dgx-h100")]
    [InlineData("sn40l-node", null)]
    [InlineData("dgx-h100", "sn40l-16")]
    public async Task The_memory_and_knee_legends_name_each_machine_asked_for(string hardware, string? compare)
    {
        var page = SimPage.Parse(await SimPage.RenderAsync(hardware, compare, _dir));

        var asked = new[] { hardware, compare }.OfType<string>().ToList();
        foreach (var id in new[] { "chart-memory", "chart-knee" })
        {
            var legend = SimPage.WithClass(Chart(page, id), "legend-item").Select(e => e.Value).ToList();
            Assert.All(asked, name => Assert.Contains(legend, l => l.Contains(name, StringComparison.Ordinal)));
        }

        // The knee draws one line per machine, in the order of the legend.
        Assert.Equal(asked.Count, Chart(page, "chart-knee").Descendants().Count(e => e.Name.LocalName == "polyline"));
    }

    [Theory]
    [InlineData("sn40l-node", "gpu", "dgx", "h100", "a100", "pcie")]
    [InlineData("sn40l-16", "gpu", "dgx", "h100", "a100", "pcie")]
    [InlineData("dgx-h100", "sn40l", "socket", "rdu", "sram", "ddr")]
    public async Task Without_compare_the_page_mentions_no_machine_that_was_not_asked_for(string hardware, params string[] foreign)
    {
        // Given the page for one machine
        var page = SimPage.Parse(await SimPage.RenderAsync(hardware, null, _dir));

        // When all its visible text is read (charts, tooltips, the numbers table)
        var text = SimPage.VisibleText(page);

        // Then no other profile and no word of the other kind of machine appears
        foreach (var other in HardwareCatalog.Names.Where(n => n != hardware))
        {
            Assert.DoesNotContain(other, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.All(foreign, word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_svg_format_is_one_standalone_svg_with_the_same_three_charts()
    {
        // Given --format svg rather than html
        var svg = SimPage.Parse(await SimPage.RenderAsync("sn40l-node", "dgx-h100", _dir, "svg"));

        // Then the root is an SVG element with the charts in it, each with its title
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Root!.Name);
        Assert.Equal(3, SimPage.Charts(svg).Count());
        Assert.All(SimPage.Charts(svg), c => Assert.Single(SimPage.WithClass(c, "chart-title")));
    }

    private static XElement Chart(XDocument page, string id) => SimPage.Charts(page).Single(c => (string?)c.Attribute("id") == id);
}
