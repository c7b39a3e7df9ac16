using System.Globalization;
using System.Text;

namespace CoeReview.SecuritySuite;

/// <summary>The scores as Markdown: one flow-level table over all tools, then sink-line shares and the sample's make-up.</summary>
internal static class SuiteReport
{
    public static string Markdown(SuiteSample sample, IReadOnlyList<SuiteScore> scores, string header)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(scores);
        var sb = new StringBuilder();
        sb.AppendLine("# Security findings on the NIST SARD Juliet Test Suite v1.3 for C#");
        sb.AppendLine();
        sb.AppendLine(header);
        sb.AppendLine();
        sb.AppendLine("Scored per flow: TP = bad flows with a finding of the category, FN = bad flows without, FP = safe flows");
        sb.AppendLine("(goodG2B, goodB2G, good1...) with one, plus members in no flow that have one. `n/a` = nothing reported.");
        sb.AppendLine();
        sb.AppendLine("| category | tool | TP | FP | FN | precision | recall | F1 |");
        sb.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var category in JulietCategories.Names)
        {
            foreach (var score in scores)
            {
                if (score.PerCategory.FirstOrDefault(c => c.Category == category) is { } s)
                {
                    Row(sb, category, score.Tool, s);
                }
            }
        }

        foreach (var score in scores)
        {
            Row(sb, "**total**", score.Tool, score.Total);
        }

        sb.AppendLine();
        sb.AppendLine("| tool | TPs within one line of the Juliet sink | unattributed FPs |");
        sb.AppendLine("| --- | ---: | ---: |");
        foreach (var score in scores)
        {
            var t = score.Total;
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {SuiteTools.DisplayName(score.Tool)} | {t.SinkHits}/{t.TruePositives} | {t.Unattributed} |");
        }

        sb.AppendLine();
        sb.AppendLine("| category | cases sampled |");
        sb.AppendLine("| --- | ---: |");
        foreach (var group in sample.Cases.GroupBy(c => c.Case.Category, StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} |");
        }

        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{sample.Available} scorable cases in the measured folders; {sample.Skipped.Count} left out without both a bad and a safe flow.");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string category, string tool, CategoryScore s) => sb.AppendLine(CultureInfo.InvariantCulture,
        $"| {category} | {SuiteTools.DisplayName(tool)} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {(s.Precision is { } p ? p.ToString("F2", CultureInfo.InvariantCulture) : "n/a")} | {s.Recall:F2} | {s.F1:F2} |");
}
