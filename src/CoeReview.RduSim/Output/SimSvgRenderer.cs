using CoeReview.RduSim.Simulation;
using static CoeReview.RduSim.Output.SvgCanvas;

namespace CoeReview.RduSim.Output;

/// <summary>
/// `sim --format svg`: what a person looks at rather than reads. A timeline of experts on the
/// sockets/GPUs (switch, prefill, decode in colour) on one time scale for all machines, HBM
/// occupancy as experts arrive, and mean latency against the number of experts (the knee). Each
/// chart is a group of class "chart" with a title, labelled axes, a legend and a caption.
/// Only the machines asked for appear: without --compare there is no baseline to mention.
/// </summary>
internal static partial class SimSvgRenderer
{
    private const double Width = 1100;
    private const double Margin = 20;
    private const double Left = 150;
    private const double Right = 30;
    private const double PlotWidth = Width - Left - Right;
    private const double CaptionWidth = Width - (2 * Margin);

    /// <summary>Renders the run; <paramref name="knee"/> holds each machine's latency curve (name, HBM capacity, points).</summary>
    public static string Render(SimComparison run, IReadOnlyList<KneeCurve> knee)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(knee);
        var svg = new SvgCanvas(Width, 0);
        var machines = Machines(run);
        var y = Header(svg, run);
        y = Timeline(svg, machines, y + 16);
        y = Occupancy(svg, machines, y + 28);
        y = Knee(svg, knee, y + 28);
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
        var title = run.CompareHardware is { } c && run.TotalRatio is { } total && run.SwitchRatio is { } switching
            ? Inv($"{run.Hardware.Name} is {total.Than(c.Name)} overall, and {(switching.IsSame ? "as fast" : switching.ToString())} at switching one expert in")
            : Inv($"{run.Hardware.Name}: {run.Result.TotalMs / 1e3:0.00} s for {s.Requests.Count:N0} requests");
        var y = svg.Paragraph(Margin, 30, CaptionWidth, title, 19, "#222", "page-title", "bold");
        var router = s.RouterModel is { } r ? Inv($"router {r.Name}") : "no router model";
        svg.Text(Margin, y, Inv($"{s.Experts} × {s.ExpertModel.Name} experts ({s.ExpertModel.WeightBytes / 1e9:0.0} GB), {router}, batch {s.BatchSize}, TP {s.Tp}, {s.Requests.Count:N0} requests, policy {s.Policy}"), 13, "#555");
        return y + 8;
    }

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="rough"/>.</summary>
    private static double NiceStep(double rough)
    {
        if (rough <= 0)
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return new[] { 1.0, 2, 5, 10 }.Select(m => m * power).First(s => s >= rough);
    }

    /// <summary>
    /// Round tick values from 0 to at most <paramref name="max"/>, about <paramref name="most"/> of
    /// them (0, 0.2, 0.4 … rather than 0, 0.23, 0.47 …), each with as many decimals as the step needs.
    /// </summary>
    private static List<(double Value, string Label)> Ticks(double max, int most)
    {
        var step = NiceStep(max / most);
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        var format = decimals == 0 ? "0" : "0." + new string('0', decimals);
        var ticks = new List<(double, string)>();
        for (var i = 0; i * step <= max * (1 + 1e-9); i++)
        {
            ticks.Add((i * step, (i * step).ToString(format, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return ticks;
    }
}
