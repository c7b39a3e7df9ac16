using CoeReview.RduSim.Simulation;
using static CoeReview.RduSim.Output.SvgCanvas;

namespace CoeReview.RduSim.Output;

internal static partial class SimSvgRenderer
{
    private static readonly (SimPhase Phase, LegendItem Item)[] s_phases =
    [
        (SimPhase.Router, new("router: picks each request's expert", SimColors.Of(SimPhase.Router))),
        (SimPhase.Switch, new("switch: expert copied into HBM", SimColors.Of(SimPhase.Switch))),
        (SimPhase.Prefill, new("prefill: reads the prompt", SimColors.Of(SimPhase.Prefill))),
        (SimPhase.Decode, new("decode: writes the output tokens", SimColors.Of(SimPhase.Decode))),
    ];

    private static double Timeline(SvgCanvas svg, List<(SimSetup Setup, SimResult Result)> machines, double y)
    {
        // One time scale for all machines: long enough for the slowest to finish its first two batches.
        var window = machines.Max(m => WindowEnd(m.Setup, m.Result));
        svg.BeginGroup("chart", "chart-timeline");
        y = SvgChart.Title(svg, Margin, y, machines.Count > 1
            ? Inv($"Timeline: the first {window / 1e3:0.00} s on each machine, on one time scale")
            : Inv($"Timeline: the first {window / 1e3:0.00} s on {machines[0].Setup.Hardware.Name}"));
        // Name only the kinds of device asked for: an RDU-only page says nothing about GPUs.
        var units = string.Join(" or ", machines.Select(m => m.Setup.Hardware.IsRdu ? "sockets" : "GPUs").Distinct());
        y = SvgChart.Caption(svg, Margin, y, CaptionWidth, $"Each row is one lane (the {units} that run one expert together) over time: red is a lane waiting for an expert to be copied into HBM instead of computing, so the more red, the more of a review's wait is switching experts rather than the models' own work.");
        var drawn = machines.SelectMany(m => m.Result.Timeline).Select(e => e.Phase).ToHashSet();
        y = SvgChart.Legend(svg, Left, y + 4, PlotWidth, s_phases.Where(p => drawn.Contains(p.Phase)).Select(p => p.Item)) + 4;
        // The lane names are the y axis: its label heads their column, level with the first machine's name.
        svg.Text(Left - 8, y + 14, $"lane ({units})", SvgChart.LabelSize, "#333", "end", cls: "axis-label y-axis");
        foreach (var (setup, result) in machines)
        {
            svg.Text(Left, y + 14, setup.Hardware.Name, 13, weight: "bold", cls: "series-name");
            y += 20;
            var lanes = Math.Min(result.Lanes, 8);
            for (var lane = 0; lane < lanes; lane++)
            {
                svg.Text(Left - 8, y + 15, LaneLabel(setup, lane), 11, "#444", "end", cls: "tick");
                svg.Rect(Left, y, PlotWidth, 20, "#f4f4f4");
                Lane(svg, result.Timeline, lane, window, y);
                y += 22;
            }

            if (result.Lanes > lanes)
            {
                svg.Text(Left, y + 10, Inv($"… and {result.Lanes - lanes} more lanes"), 11, "#666");
                y += 14;
            }

            y += 6;
        }

        svg.Line(Left, y, Left + PlotWidth, y, "#888");
        foreach (var (seconds, label) in Ticks(window / 1e3, 8))
        {
            var x = Left + (seconds * 1e3 / window * PlotWidth);
            svg.Line(x, y, x, y + 4, "#888");
            SvgChart.Tick(svg, x, y + 16, label, "middle");
        }

        SvgChart.XLabel(svg, Left + (PlotWidth / 2), y + 32, "time since the first request (s)");
        svg.EndGroup();
        return y + 36;
    }

    private static void Lane(SvgCanvas svg, IReadOnlyList<TimelineEvent> events, int lane, double window, double y)
    {
        var labels = new List<(double X, string Text)>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Lane != lane || e.StartMs >= window)
            {
                continue;
            }

            var x0 = Left + (e.StartMs / window * PlotWidth);
            var x1 = Left + (Math.Min(e.EndMs, window) / window * PlotWidth);
            var who = e.Expert < 0 ? "router" : Inv($"expert {e.Expert}");
            svg.Rect(x0, y + 1, x1 - x0, 18, SimColors.Of(e.Phase), Inv($"{who}: {e.Phase.ToString().ToLowerInvariant()} {e.EndMs - e.StartMs:0.0} ms"));

            // Name the expert on its prefill + decode when there is room.
            var groupEnd = e.Phase == SimPhase.Prefill && i + 1 < events.Count ? Math.Min(events[i + 1].EndMs, window) : e.EndMs;
            if (e.Phase == SimPhase.Prefill && (groupEnd - e.StartMs) / window * PlotWidth > 26)
            {
                labels.Add((x0 + 3, Inv($"e{e.Expert}")));
            }
        }

        foreach (var (x, text) in labels)
        {
            svg.Text(x, y + 14, text, 10, "#fff");
        }
    }

    private static double WindowEnd(SimSetup setup, SimResult result)
    {
        var routers = result.Timeline.Where(e => e.Phase == SimPhase.Router).Select(e => e.StartMs).Take(3).ToList();
        if (routers.Count == 3)
        {
            return routers[2];
        }

        return result.Timeline.Count > 0 ? result.Timeline.Take(60).Max(e => e.EndMs) : Math.Max(result.TotalMs, 1);
    }

    private static string LaneLabel(SimSetup setup, int lane)
    {
        var unit = setup.Hardware.IsRdu ? "socket" : "GPU";
        var first = lane * setup.Tp;
        return setup.Tp == 1 ? Inv($"{unit} {first}") : Inv($"{unit}s {first}–{first + setup.Tp - 1}");
    }
}
