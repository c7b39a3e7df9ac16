using CoeReview.RduSim.Simulation;
using static CoeReview.RduSim.Output.SvgCanvas;

namespace CoeReview.RduSim.Output;

public static partial class SimSvgRenderer
{
    private static double Occupancy(SvgCanvas svg, List<(SimSetup Setup, SimResult Result)> machines, double y)
    {
        svg.Text(20, y + 14, "Memory tiers: HBM of the first lane as experts are switched in", 15, weight: "bold");
        y += 30;
        const double Height = 120;
        var width = ((Width - 40) / machines.Count) - 70;
        for (var m = 0; m < machines.Count; m++)
        {
            var (setup, result) = machines[m];
            var x0 = 20 + 60 + (m * (width + 70));
            var hw = setup.Hardware;
            var capacity = setup.Tp * hw.Memory.HbmGB * 1e9;
            var samples = result.Occupancy.Where(o => o.Lane == 0).ToList();
            var full = samples.FindIndex(o => o.ResidentExperts >= result.SlotsPerLane);
            var tEnd = samples.Count == 0 ? Math.Max(result.TotalMs, 1) : samples[full >= 0 ? full : samples.Count - 1].TimeMs * 1.25;
            svg.Text(x0, y, Inv($"{hw.Name}: HBM {capacity / 1e9:0} GB per lane"), 12, weight: "bold");
            var top = y + 8;
            svg.Rect(x0, top, width, Height, "#f7f7f7");
            if (samples.Count > 0)
            {
                var fixedH = samples[0].FixedBytes / capacity * Height;
                svg.Rect(x0, top + Height - fixedH, width, fixedH, "#bdbdbd", Inv($"router + KV reserve {samples[0].FixedBytes / 1e9:0.0} GB"));
                var pts = new List<(double, double)> { (x0, top + Height - fixedH) };
                var lastY = top + Height - fixedH;
                foreach (var o in samples.Where(o => o.TimeMs <= tEnd))
                {
                    var px = x0 + (o.TimeMs / tEnd * width);
                    var py = top + Height - ((o.FixedBytes + o.ExpertBytes) / capacity * Height);
                    pts.Add((px, lastY));
                    pts.Add((px, py));
                    lastY = py;
                }

                pts.Add((x0 + width, lastY));
                pts.Add((x0 + width, top + Height - fixedH));
                svg.Polyline(pts, SimColors.Machine(m), 1.5, SimColors.Machine(m) + "88");
            }

            var usable = top + Height - (hw.Memory.UsableHbmFraction * Height);
            svg.Line(x0, usable, x0 + width, usable, "#333", 1, "4,3");
            svg.Text(x0 + width - 4, usable - 4, "usable", 10, "#333", "end");
            svg.Text(x0 - 6, top + 10, Inv($"{capacity / 1e9:0}"), 10, "#555", "end");
            svg.Text(x0 - 6, top + Height, "0 GB", 10, "#555", "end");
            svg.Text(x0, top + Height + 14, "0 s", 10, "#555");
            svg.Text(x0 + width, top + Height + 14, Inv($"{tEnd / 1e3:0.00} s"), 10, "#555", "end");
            svg.Text(x0, top + Height + 30, Inv($"{result.SlotsPerLane} experts fit per lane; each switch {result.ExpertSwitchMs:0.0} ms"), 11);
            svg.Text(x0, top + Height + 44, Tiers(setup), 11, "#444");
        }

        return y + Height + 56;
    }

    private static string Tiers(SimSetup setup)
    {
        var hw = setup.Hardware;
        var all = setup.Experts * setup.ExpertModel.WeightBytes / 1e12;
        return hw.IsRdu
            ? Inv($"SRAM {hw.Memory.SramMB:0} MB/socket keeps activations; DDR holds all {setup.Experts} experts ({all:0.00} of {hw.DeviceCount * hw.Memory.DdrGB / 1e3:0.0} TB)")
            : Inv($"host memory holds all {setup.Experts} experts ({all:0.00} of {hw.Memory.HostGB / 1e3:0.0} TB), copied over PCIe");
    }

    private static double Knee(SvgCanvas svg, IReadOnlyList<KneeCurve> curves, double y)
    {
        svg.Text(20, y + 14, "Mean request latency against the number of experts (batch 1, uniform routing): the knee is where HBM runs out", 15, weight: "bold");
        y += 30;
        if (curves.Count == 0 || curves.All(c => c.Points.Count == 0))
        {
            return y;
        }

        const double Height = 220;
        var plotWidth = Width - Left - Right;
        var maxN = curves.SelectMany(c => c.Points).Max(p => p.Experts);
        var tick = NiceStep(curves.SelectMany(c => c.Points).Max(p => p.MeanLatencyMs) / 4);
        var maxMs = tick * Math.Ceiling(curves.SelectMany(c => c.Points).Max(p => p.MeanLatencyMs) * 1.05 / tick);
        double X(double n) => Left + (n / maxN * plotWidth);
        double Y(double ms) => y + Height - (ms / maxMs * Height);
        svg.Rect(Left, y, plotWidth, Height, "#fafafa");
        for (var ms = 0.0; ms <= maxMs + 1e-9; ms += tick)
        {
            svg.Line(Left, Y(ms), Left + plotWidth, Y(ms), "#e0e0e0");
            svg.Text(Left - 6, Y(ms) + 4, maxMs >= 1e4 ? Inv($"{ms / 1e3:0.#} s") : Inv($"{ms:0} ms"), 10, "#555", "end");
        }

        for (var i = 0; i <= 5; i++)
        {
            var n = maxN * i / 5.0;
            svg.Text(X(n), y + Height + 14, Inv($"{n:0}"), 10, "#555", "middle");
        }

        svg.Text(Left + (plotWidth / 2), y + Height + 30, "experts in the CoE", 11, "#333", "middle");
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
                svg.Line(X(curve.FitInHbm), y, X(curve.FitInHbm), y + Height, color, 1, "5,4");
                svg.Text(X(curve.FitInHbm) + 4, y + 14 + (c * 14), Inv($"{curve.FitInHbm} fit in HBM"), 10, color);
            }

            svg.Text(Left + 10, y + 14 + (c * 16), Inv($"— {curve.Hardware}"), 12, color, weight: "bold");
        }

        return y + Height + 36;
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
}
