using CoeReview.RduSim.Simulation;
using static CoeReview.RduSim.Output.SvgCanvas;

namespace CoeReview.RduSim.Output;

internal static partial class SimSvgRenderer
{
    private const string FixedColor = "#bdbdbd";

    private static double Occupancy(SvgCanvas svg, List<(SimSetup Setup, SimResult Result)> machines, double y)
    {
        svg.BeginGroup("chart", "chart-memory");
        y = SvgChart.Title(svg, Margin, y, "Memory tiers: HBM use on the first lane as experts are switched in");
        var scales = machines.Count > 1 ? " (each machine on its own time scale)" : "";
        y = SvgChart.Caption(svg, Margin, y, CaptionWidth, $"Each step up is one expert copied into HBM{scales}; once the area reaches the dashed usable line every new expert evicts another, so a review routed to more experts than fit pays a switch for each of them.");
        var legend = new List<LegendItem> { new(Fixed(machines[0].Setup) + " (always in HBM)", FixedColor) };
        legend.AddRange(machines.Select((m, i) => new LegendItem($"experts in HBM on {m.Setup.Hardware.Name}", SimColors.Machine(i))));
        legend.Add(new("usable HBM (the rest is reserved)", "#333", LegendSwatch.Dashed));
        y = SvgChart.Legend(svg, Left, y + 4, PlotWidth, legend) + 8;

        const double Height = 120;
        const double Gap = 100;
        var width = (PlotWidth - (Gap * (machines.Count - 1))) / machines.Count;
        var bottom = y;
        for (var m = 0; m < machines.Count; m++)
        {
            var x0 = Left + (m * (width + Gap));
            bottom = Math.Max(bottom, Panel(svg, machines[m].Setup, machines[m].Result, SimColors.Machine(m), x0, y, width, Height));
        }

        svg.EndGroup();
        return bottom;
    }

    /// <summary>One machine's HBM over time; returns the y below its notes.</summary>
    private static double Panel(SvgCanvas svg, SimSetup setup, SimResult result, string color, double x0, double y, double width, double height)
    {
        var hw = setup.Hardware;
        var capacity = setup.Tp * hw.Memory.HbmGB * 1e9;
        var samples = result.Occupancy.Where(o => o.Lane == 0).ToList();
        var full = samples.FindIndex(o => o.ResidentExperts >= result.SlotsPerLane);
        var tEnd = samples.Count == 0 ? Math.Max(result.TotalMs, 1) : samples[full >= 0 ? full : samples.Count - 1].TimeMs * 1.25;
        svg.Text(x0, y + 12, Inv($"{hw.Name}: {capacity / 1e9:0} GB of HBM per lane"), 12, weight: "bold", cls: "series-name");
        var top = y + 20;
        svg.Rect(x0, top, width, height, "#f7f7f7");
        if (samples.Count > 0)
        {
            var fixedH = samples[0].FixedBytes / capacity * height;
            svg.Rect(x0, top + height - fixedH, width, fixedH, FixedColor, Inv($"{Fixed(setup)} {samples[0].FixedBytes / 1e9:0.0} GB"));
            var pts = new List<(double, double)> { (x0, top + height - fixedH) };
            var lastY = top + height - fixedH;
            foreach (var o in samples.Where(o => o.TimeMs <= tEnd))
            {
                var px = x0 + (o.TimeMs / tEnd * width);
                var py = top + height - ((o.FixedBytes + o.ExpertBytes) / capacity * height);
                pts.Add((px, lastY));
                pts.Add((px, py));
                lastY = py;
            }

            pts.Add((x0 + width, lastY));
            pts.Add((x0 + width, top + height - fixedH));
            svg.Polyline(pts, color, 1.5, color + "88");
        }

        var usable = top + height - (hw.Memory.UsableHbmFraction * height);
        svg.Line(x0, usable, x0 + width, usable, "#333", 1, "4,3");
        svg.Text(x0 + width - 4, usable - 4, "usable", 10, "#333", "end", cls: "marker-label");
        // The top tick is the lane's HBM itself, so the reader sees how big "full" is.
        for (var i = 0; i <= 2; i++)
        {
            SvgChart.Tick(svg, x0 - 6, top + height - (height * i / 2) + (i == 2 ? 8 : 4), Inv($"{capacity / 1e9 * i / 2:0}"), "end");
        }

        foreach (var (seconds, label) in Ticks(tEnd / 1e3, 4))
        {
            var x = x0 + (seconds * 1e3 / tEnd * width);
            svg.Line(x, top + height, x, top + height + 4, "#888");
            SvgChart.Tick(svg, x, top + height + 16, label, "middle");
        }

        SvgChart.YLabel(svg, x0 - 40, top + (height / 2), "HBM used (GB)");
        SvgChart.XLabel(svg, x0 + (width / 2), top + height + 30, "time since the first request (s)");
        var notes = svg.Paragraph(x0, top + height + 48, width, Inv($"{result.SlotsPerLane} experts fit per lane; each switch takes {result.ExpertSwitchMs:0.0} ms."), 11, "#222");
        return svg.Paragraph(x0, notes, width, Tiers(setup), 11, "#444");
    }

    /// <summary>What stays in HBM whatever the experts do: the router model, when there is one, and the KV cache.</summary>
    private static string Fixed(SimSetup setup) => setup.RouterModel is null ? "KV cache" : "router + KV cache";

    private static string Tiers(SimSetup setup)
    {
        var hw = setup.Hardware;
        var all = setup.Experts * setup.ExpertModel.WeightBytes / 1e12;
        return hw.IsRdu
            ? Inv($"SRAM {hw.Memory.SramMB:0} MB/socket keeps activations; DDR holds all {setup.Experts} experts ({all:0.00} of {hw.DeviceCount * hw.Memory.DdrGB / 1e3:0.0} TB).")
            : Inv($"Host memory holds all {setup.Experts} experts ({all:0.00} of {hw.Memory.HostGB / 1e3:0.0} TB), copied over PCIe.");
    }
}
