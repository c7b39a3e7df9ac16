using System.Globalization;

namespace CoeReview.RealRepos;

/// <summary>Markdown table cells and invariant number formatting, so reports diff cleanly between runs.</summary>
internal static class Md
{
    public static string Cell(string? text, int max = 160)
    {
        var flat = (text ?? "").Replace('\r', ' ').Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal).Trim();
        return flat.Length <= max ? flat : flat[..(max - 1)] + "…";
    }

    public static string Row(params object?[] cells) =>
        "| " + string.Join(" | ", cells.Select(c => c switch
        {
            double d => Num(d),
            null => "",
            _ => Cell(c.ToString()),
        })) + " |";

    public static string Header(params string[] names) =>
        Row(names) + "\n|" + string.Concat(names.Select(_ => " --- |"));

    public static string Num(double value) => value.ToString(value >= 100 ? "0" : "0.0", CultureInfo.InvariantCulture);

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double PerKloc(int count, int lines) => lines == 0 ? 0 : count * 1000.0 / lines;
}
