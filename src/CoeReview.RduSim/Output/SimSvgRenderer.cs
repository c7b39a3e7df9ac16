using CoeReview.RduSim.Cli;
using CoeReview.RduSim.Simulation;
using static CoeReview.RduSim.Output.SvgCanvas;

namespace CoeReview.RduSim.Output;

/// <summary>
/// `sim --format svg`: what a person looks at rather than reads. A timeline of experts on the
/// sockets/GPUs (switch, prefill, decode in colour) on one time scale for both machines, HBM
/// occupancy as experts arrive, and mean latency against the number of experts (the knee).
/// </summary>
public static partial class SimSvgRenderer
{
    private const double Width = 1100;
    private const double Left = 150;
    private const double Right = 30;

    /// <summary>Renders the run; <paramref name="knee"/> holds each machine's latency curve (name, HBM capacity, points).</summary>
    public static string Render(SimComparison run, IReadOnlyList<KneeCurve> knee)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(knee);
        var svg = new SvgCanvas(Width, 0);
        var machines = Machines(run);
        var y = Header(svg, run);
        y = Timeline(svg, machines, y + 10);
        y = Occupancy(svg, machines, y + 20);
        y = Knee(svg, knee, y + 20);
        svg.Height = y + 20;
        return svg.ToString();
    }

    private static List<(SimSetup Setup, SimResult Result)> Machines(SimComparison run)
    {
        var list = new List<(SimSetup, SimResult)> { (run.Setup, run.Result) };
        if (run.CompareSetup is { } s && run.CompareResult is { } r)
        {
            list.Add((s, r));
        }

        return list;
    }

    private static double Header(SvgCanvas svg, SimComparison run)
    {
        var s = run.Setup;
        var title = run.CompareHardware is { } c
            ? Inv($"{run.Hardware.Name} vs {c.Name}: {run.TotalSpeedup:0.0}× overall, {run.SwitchSpeedup:0.0}× faster expert switch")
            : Inv($"{run.Hardware.Name}: {run.Result.TotalMs / 1e3:0.00} s for {s.Requests.Count:N0} requests");
        svg.Text(20, 30, title, 20, weight: "bold");
        var router = s.RouterModel is { } r ? Inv($"router {r.Name}") : "no router model";
        svg.Text(20, 52, Inv($"{s.Experts} × {s.ExpertModel.Name} experts ({s.ExpertModel.WeightBytes / 1e9:0.0} GB), {router}, batch {s.BatchSize}, TP {s.Tp}, {s.Requests.Count:N0} requests, policy {s.Policy}"), 13, "#555");
        var x = 20.0;
        foreach (var phase in new[] { SimPhase.Router, SimPhase.Switch, SimPhase.Prefill, SimPhase.Decode })
        {
            svg.Rect(x, 64, 14, 14, SimColors.Of(phase));
            svg.Text(x + 20, 76, phase.ToString().ToLowerInvariant(), 12);
            x += 100;
        }

        return 84;
    }

    private static double Timeline(SvgCanvas svg, List<(SimSetup Setup, SimResult Result)> machines, double y)
    {
        // One time scale for all machines: long enough for the slowest to finish its first two batches.
        var window = machines.Max(m => WindowEnd(m.Setup, m.Result));
        svg.Text(20, y + 14, Inv($"Timeline: the first {window / 1e3:0.00} s on each machine (same scale)"), 15, weight: "bold");
        y += 26;
        var plotWidth = Width - Left - Right;
        foreach (var (setup, result) in machines)
        {
            svg.Text(20, y + 14, setup.Hardware.Name, 13, weight: "bold");
            y += 20;
            var lanes = Math.Min(result.Lanes, 8);
            for (var lane = 0; lane < lanes; lane++)
            {
                svg.Text(Left - 8, y + 15, LaneLabel(setup, lane), 11, "#444", "end");
                svg.Rect(Left, y, plotWidth, 20, "#f4f4f4");
                var events = result.Timeline;
                var labels = new List<(double X, string Text)>();
                for (var i = 0; i < events.Count; i++)
                {
                    var e = events[i];
                    if (e.Lane != lane || e.StartMs >= window)
                    {
                        continue;
                    }

                    var x0 = Left + (e.StartMs / window * plotWidth);
                    var x1 = Left + (Math.Min(e.EndMs, window) / window * plotWidth);
                    var who = e.Expert < 0 ? "router" : Inv($"expert {e.Expert}");
                    svg.Rect(x0, y + 1, x1 - x0, 18, SimColors.Of(e.Phase), Inv($"{who}: {e.Phase.ToString().ToLowerInvariant()} {e.EndMs - e.StartMs:0.0} ms"));

                    // Name the expert on its prefill + decode when there is room.
                    var groupEnd = e.Phase == SimPhase.Prefill && i + 1 < events.Count ? Math.Min(events[i + 1].EndMs, window) : e.EndMs;
                    if (e.Phase == SimPhase.Prefill && (groupEnd - e.StartMs) / window * plotWidth > 26)
                    {
                        labels.Add((x0 + 3, Inv($"e{e.Expert}")));
                    }
                }

                foreach (var (x, text) in labels)
                {
                    svg.Text(x, y + 14, text, 10, "#fff");
                }

                y += 22;
            }

            if (result.Lanes > lanes)
            {
                svg.Text(Left, y + 10, Inv($"… and {result.Lanes - lanes} more lanes"), 11, "#666");
                y += 14;
            }

            y += 6;
        }

        Axis(svg, y, window, plotWidth);
        return y + 24;
    }

    private static void Axis(SvgCanvas svg, double y, double windowMs, double plotWidth)
    {
        svg.Line(Left, y, Left + plotWidth, y, "#888");
        for (var i = 0; i <= 5; i++)
        {
            var x = Left + (plotWidth * i / 5);
            svg.Line(x, y, x, y + 4, "#888");
            svg.Text(x, y + 16, Inv($"{windowMs * i / 5 / 1e3:0.00} s"), 10, "#555", "middle");
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
