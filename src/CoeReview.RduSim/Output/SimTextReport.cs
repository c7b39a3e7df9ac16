using System.Globalization;
using System.Text;

namespace CoeReview.RduSim.Output;

/// <summary>
/// `sim --format text`: the scenario in one line, then a table of phases side by side. Each row
/// has one unit, and with `--compare` each ratio says which way it points ("1.43× slower").
/// </summary>
internal static class SimTextReport
{
    private const int LabelWidth = 22;

    public static string Render(SimComparison run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var s = run.Setup;
        var sb = new StringBuilder();
        var ours = run.Hardware.Name;
        var theirs = run.CompareHardware?.Name;
        sb.Append(Inv($"coe-review sim: {(theirs is null ? ours : $"{ours} vs {theirs}")}\n"));
        sb.Append(Inv($"scenario: {s.Requests.Count:N0} requests to {s.Experts} × {s.ExpertModel.Name} experts ({s.ExpertModel.WeightBytes / 1e9:0.0} GB each), "));
        sb.Append(s.RouterModel is { } router ? Inv($"router {router.Name} ({s.RouterOutputTokens} tokens), ") : "no router model, ");
        sb.Append(Inv($"batch {s.BatchSize}, TP {s.Tp}, policy {s.Policy}\n\n"));

        // Columns as wide as the longest machine name, so a custom profile's name does not shift them.
        var width = Math.Max(14, Math.Max(ours.Length, theirs?.Length ?? 0) + 2);
        var other = run.CompareResult;
        Row(sb, "", ours, theirs, width, theirs is null ? null : $"{ours} vs {theirs}");
        foreach (var m in SimMetric.Rows)
        {
            var a = m.Get(run.Result);
            var b = other is null ? (double?)null : m.Get(other);
            var max = Math.Max(a, b ?? 0);
            var ratio = other is null ? null : m.Compared ? run.Ratio(m)?.ToString() ?? "–" : "";
            Row(sb, new string(' ', 2 * m.Depth) + m.Label, m.Show(a, max), b is { } v ? m.Show(v, max) : null, width, ratio);
        }

        if (theirs is not null)
        {
            sb.Append(Inv($"\nRatios read as \"{ours} is … than {theirs}\": \"2.00× faster\" means {theirs} takes twice as long.\n"));
            if (run.TotalRatio is { } total && run.SwitchRatio is { } switching)
            {
                sb.Append(Inv($"Overall, {ours} is {total.Than(theirs)}, and {(switching.IsSame ? "as fast" : switching.ToString())} at switching one expert in.\n"));
            }
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string label, string a, string? b, int width, string? ratio)
    {
        sb.Append(label.PadRight(LabelWidth)).Append(a.PadLeft(width));
        if (b is not null)
        {
            sb.Append(b.PadLeft(width));
        }

        if (!string.IsNullOrEmpty(ratio))
        {
            sb.Append("   ").Append(ratio);
        }

        sb.Append('\n');
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
