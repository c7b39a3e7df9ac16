using static CoeReview.RduSim.Output.SvgCanvas;

namespace CoeReview.RduSim.Output;

internal static partial class SimSvgRenderer
{
    private static double Knee(SvgCanvas svg, IReadOnlyList<KneeCurve> curves, double y)
    {
        svg.BeginGroup("chart", "chart-knee");
        y = SvgChart.Title(svg, Margin, y, "Mean request latency against the number of experts (batch 1, uniform routing)");
        y = SvgChart.Caption(svg, Margin, y, CaptionWidth, "Latency stays flat while every expert fits in HBM and rises past the dashed line where they stop fitting, as steeply as switching is slow: a review routed to more experts than fit waits for switches, so the knee is the largest set of experts that stays fast.");
        var legend = curves.SelectMany((c, i) => new[]
        {
            new LegendItem($"{c.Hardware}: mean request latency", SimColors.Machine(i), LegendSwatch.Line),
            new LegendItem($"{c.Hardware}: {c.FitInHbm} experts fit in HBM", SimColors.Machine(i), LegendSwatch.Dashed),
        });
        y = SvgChart.Legend(svg, Left, y + 4, PlotWidth, legend) + 10;
        if (curves.Count == 0 || curves.All(c => c.Points.Count == 0))
        {
            svg.EndGroup();
            return y;
        }

        const double Height = 220;
        var maxN = curves.SelectMany(c => c.Points).Max(p => p.Experts);
        var highest = curves.SelectMany(c => c.Points).Max(p => p.MeanLatencyMs);
        var tick = NiceStep(highest / 4);
        var maxMs = tick * Math.Ceiling(highest * 1.05 / tick);
        var inSeconds = maxMs >= 1e4;
        double X(double n) => Left + (n / maxN * PlotWidth);
        double Y(double ms) => y + Height - (ms / maxMs * Height);
        svg.Rect(Left, y, PlotWidth, Height, "#fafafa");
        for (var ms = 0.0; ms <= maxMs + 1e-9; ms += tick)
        {
            svg.Line(Left, Y(ms), Left + PlotWidth, Y(ms), "#e0e0e0");
            SvgChart.Tick(svg, Left - 6, Y(ms) + 4, inSeconds ? Inv($"{ms / 1e3:0.#}") : Inv($"{ms:0}"), "end");
        }

        foreach (var (n, label) in Ticks(maxN, 8))
        {
            SvgChart.Tick(svg, X(n), y + Height + 14, label, "middle");
        }

        SvgChart.YLabel(svg, Left - 48, y + (Height / 2), inSeconds ? "mean request latency (s)" : "mean request latency (ms)");
        SvgChart.XLabel(svg, Left + (PlotWidth / 2), y + Height + 30, "experts in the CoE (count)");
        for (var c = 0; c < curves.Count; c++)
        {
            var curve = curves[c];
            var color = SimColors.Machine(c);
            svg.Polyline(curve.Points.Select(p => (X(p.Experts), Y(p.MeanLatencyMs))), color, 2.5);
            foreach (var p in curve.Points)
            {
                svg.Circle(X(p.Experts), Y(p.MeanLatencyMs), 2.5, color, Inv($"{curve.Hardware}: {p.Experts} experts, {p.MeanLatencyMs:0.0} ms"));
            }

            if (curve.FitInHbm <= maxN)
            {
                svg.Line(X(curve.FitInHbm), y, X(curve.FitInHbm), y + Height, color, 1.5, "5,4");
                svg.Text(X(curve.FitInHbm) + 4, y + 14 + (c * 14), Inv($"{curve.FitInHbm} fit"), 10, color, cls: "marker-label");
            }
        }

        svg.EndGroup();
        return y + Height + 36;
    }
}
