using System.Globalization;
using System.Text;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Cli;

/// <summary>`sim --format text`: the scenario in one line, then a table of phases side by side.</summary>
public static class SimTextReport
{
    public static string Render(SimComparison run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var s = run.Setup;
        var sb = new StringBuilder();
        var title = run.CompareHardware is { } c ? $"{run.Hardware.Name} vs {c.Name}" : run.Hardware.Name;
        sb.Append(Inv($"coe-review sim: {title}\n"));
        sb.Append(Inv($"scenario: {s.Requests.Count:N0} requests to {s.Experts} × {s.ExpertModel.Name} experts ({s.ExpertModel.WeightBytes / 1e9:0.0} GB each), "));
        sb.Append(s.RouterModel is { } router ? Inv($"router {router.Name} ({s.RouterOutputTokens} tokens), ") : "no router model, ");
        sb.Append(Inv($"batch {s.BatchSize}, TP {s.Tp}, policy {s.Policy}\n\n"));

        var other = run.CompareResult;
        Row(sb, "", run.Hardware.Name, run.CompareHardware?.Name, other is null ? null : "ratio");
        Line(sb, "total", run.Result, other, r => r.TotalMs, Ms);
        Line(sb, "  router", run.Result, other, r => r.RouterMs, Ms);
        Line(sb, "  switching", run.Result, other, r => r.SwitchMs, Ms);
        Line(sb, "  prefill", run.Result, other, r => r.PrefillMs, Ms);
        Line(sb, "  decode", run.Result, other, r => r.DecodeMs, Ms);
        Line(sb, "switches", run.Result, other, r => r.Switches, v => v.ToString("N0", CultureInfo.InvariantCulture));
        Line(sb, "one expert switch", run.Result, other, r => r.ExpertSwitchMs, Ms);
        Line(sb, "mean request latency", run.Result, other, r => r.MeanRequestLatencyMs, Ms);
        Line(sb, "output tokens/s", run.Result, other, r => r.OutputTokensPerSecond, v => v.ToString("N0", CultureInfo.InvariantCulture), inverse: true);
        Line(sb, "experts in HBM", run.Result, other, r => r.ExpertsResidentInFastMemory, v => v.ToString("N0", CultureInfo.InvariantCulture), ratio: false);
        Line(sb, "nodes to hold all", run.Result, other, r => r.NodesToHoldAllExperts, v => v.ToString("N0", CultureInfo.InvariantCulture));
        if (other is not null)
        {
            sb.Append(Inv($"\n{run.Hardware.Name} is {run.TotalSpeedup:0.0}× faster overall and switches an expert {run.SwitchSpeedup:0.0}× faster than {run.CompareHardware!.Name}.\n"));
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string label, SimResult a, SimResult? b, Func<SimResult, double> get, Func<double, string> show, bool inverse = false, bool ratio = true)
    {
        string? r = null;
        if (b is not null && ratio)
        {
            var (x, y) = inverse ? (get(a), get(b)) : (get(b), get(a));
            r = y > 0 ? Inv($"{x / y:0.00}×") : "–";
        }

        Row(sb, label, show(get(a)), b is null ? null : show(get(b)), r);
    }

    private static void Row(StringBuilder sb, string label, string a, string? b, string? ratio)
    {
        sb.Append(Inv($"{label,-22}{a,16}"));
        if (b is not null)
        {
            sb.Append(Inv($"{b,16}"));
        }

        if (ratio is not null)
        {
            sb.Append(Inv($"{ratio,10}"));
        }

        sb.Append('\n');
    }

    private static string Ms(double ms) => ms >= 1e5 ? Inv($"{ms / 1e3:N1} s") : Inv($"{ms:N1} ms");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
