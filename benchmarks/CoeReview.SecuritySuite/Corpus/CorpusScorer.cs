using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CoeReview.SecuritySuite.Corpus;

/// <summary>
/// Scores coe-review JSON reports of whole public repositories against judged lines (Corpus/*.tsv): a
/// label is found when a finding of its kind sits within one line of it. Lines judged "unsure" are left out.
/// </summary>
internal static class CorpusScorer
{
    public static List<CorpusLabel> Read(string path)
    {
        var labels = new List<CorpusLabel>();
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var c = line.Split('\t');
            if (c.Length < 7 || !int.TryParse(c[3], NumberStyles.None, CultureInfo.InvariantCulture, out var at))
            {
                throw new ArgumentException($"{path}: malformed line '{line}'");
            }

            if (c[5] is "vuln" or "safe")
            {
                labels.Add(new CorpusLabel(c[0], c[1], c[2], at, c[4], c[5] == "vuln", c[6] == "yes"));
            }
        }

        return labels;
    }

    /// <summary>A Markdown table per kind, production and test lines apart; reports are REPORTS/owner+name.json.</summary>
    public static string Score(IReadOnlyList<CorpusLabel> labels, string reports)
    {
        var findings = labels.Select(l => l.Repo).Distinct(StringComparer.Ordinal).ToDictionary(r => r, r => Findings(Path.Combine(reports, r.Replace('/', '+') + ".json")), StringComparer.Ordinal);
        var table = new StringBuilder("| kind | lines | TP | FN | FP | TN | precision | recall |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var group in labels.GroupBy(l => (l.Kind, l.InTest)).OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.InTest))
        {
            var counts = group.GroupBy(l => (l.Vulnerable, Found: findings[l.Repo].Any(f => f.Path == l.File && Math.Abs(f.Line - l.Line) <= 1 && l.Counts(f.Category, f.RuleId))))
                .ToDictionary(g => g.Key, g => g.Count());
            int tp = counts.GetValueOrDefault((true, true)), fn = counts.GetValueOrDefault((true, false));
            int fp = counts.GetValueOrDefault((false, true)), tn = counts.GetValueOrDefault((false, false));
            table.Append(CultureInfo.InvariantCulture, $"| {group.Key.Kind} | {(group.Key.InTest ? "test" : "production")} | {tp} | {fn} | {fp} | {tn} | {Ratio(tp, tp + fp)} | {Ratio(tp, tp + fn)} |\n");
        }

        return table.ToString();
    }

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("0.00", CultureInfo.InvariantCulture);

    private static List<(string Path, int Line, string Category, string RuleId)> Findings(string report)
    {
        if (!File.Exists(report))
        {
            throw new ArgumentException($"no report {report} (run coe-review review --format json on that repository first)");
        }

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        return [.. json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("path").GetString() ?? "", f.GetProperty("line").GetInt32(),
            f.GetProperty("category").GetString() ?? "", f.GetProperty("ruleId").GetString() ?? ""))];
    }
}
