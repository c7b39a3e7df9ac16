using System.Globalization;
using System.Text;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Text;

namespace CoeReview.GitHub.Publishing;

/// <summary>
/// The Markdown summary of a review, for the job summary and the PR's summary comment: findings by
/// expert and severity, coverage, the simulated CoE cost (rdu-sim) and the top findings.
/// Kept under a size budget (job summary ≤ 1024 KiB, comment ≈ 65,536 characters).
/// </summary>
internal static class ReviewSummaryMarkdown
{
    /// <summary>Budget for a PR comment body (GitHub refuses bodies over 65,536 characters).</summary>
    public const int CommentBudget = 60_000;

    public static string Render(Review review, string? status, int budget = CommentBudget, int maxListed = 100)
    {
        ArgumentNullException.ThrowIfNull(review);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var f = review.Findings;
        int Count(Severity s) => f.Count(x => x.Severity == s);
        sb.Append("## CoeReview\n\n");
        sb.Append(inv, $"**{Plural.Of(f.Count, "finding")}**: {Plural.Of(Count(Severity.Error), "error")}, {Plural.Of(Count(Severity.Warning), "warning")}, {Plural.Of(Count(Severity.Note), "note")}");
        sb.Append(inv, $" · backend `{MarkdownText.Cell(review.Backend)}` · head `{Short(review.Head)}`\n\n");
        if (status is not null)
        {
            sb.Append(MarkdownText.Inline(status)).Append("\n\n");
        }

        sb.Append("| Expert | Status | 🔴 error | 🟡 warning | 🔵 note | Wall ms |\n|---|---|---:|---:|---:|---:|\n");
        foreach (var e in review.Experts.OrderBy(e => e.ExpertId, StringComparer.Ordinal))
        {
            var mine = f.Where(x => x.Expert == e.ExpertId).ToList();
            var state = e.Status.ToString().ToLowerInvariant() + (e.Reason is null ? "" : ": " + e.Reason);
            sb.Append(inv, $"| {MarkdownText.Cell(e.ExpertId)} | {MarkdownText.Cell(state)} | {mine.Count(x => x.Severity == Severity.Error)} | {mine.Count(x => x.Severity == Severity.Warning)} | {mine.Count(x => x.Severity == Severity.Note)} | {e.WallMs:0} |\n");
        }

        var c = review.Coverage;
        sb.Append(inv, $"\n**Coverage**: {Plural.Of(c.Files, "file")}, {Plural.OfTotal(c.ReviewedHunks, c.Hunks, "hunk")} routed to experts");
        sb.Append(c.Skipped.Count == 0 ? ", nothing skipped.\n" : string.Create(inv, $", {c.Skipped.Count} skipped:\n"));
        foreach (var s in c.Skipped.Take(20))
        {
            sb.Append("- ").Append(MarkdownText.Code(s.Path)).Append(": ").Append(MarkdownText.Inline(s.Reason)).Append('\n');
        }

        if (c.Skipped.Count > 20)
        {
            sb.Append(inv, $"- … and {c.Skipped.Count - 20} more\n");
        }

        if (c.Projects.Count > 0)
        {
            var degraded = c.Projects.Count(p => !p.IsComplete);
            sb.Append(inv, $"\n**Projects**: {(degraded == 0 ? "the review ran restored; every reference resolved" : $"{degraded} of {c.Projects.Count} reviewed degraded (references missing)")}\n");
            foreach (var p in c.Projects.Where(p => !p.IsComplete || p.Warnings.Count > 0).Take(20))
            {
                sb.Append("- ").Append(MarkdownText.Inline(p.Describe())).Append('\n');
                foreach (var w in p.Warnings.Take(5))
                {
                    sb.Append("  - warning: ").Append(MarkdownText.Inline(w)).Append('\n');
                }
            }
        }

        if (review.Simulation is { } sim)
        {
            // On rdu-sim no model ran: the table is an estimate for each expert's model profile, and says so first.
            sb.Append("\n**Simulated CoE cost**\n\n");
            if (ModelEstimates.Note(review, nameMachines: true) is { } note)
            {
                sb.Append('_').Append(MarkdownText.Cell(note)).Append("._\n\n");
            }

            sb.Append("| Hardware | Simulated ms | Baseline | Baseline ms | Speedup | Router ms | Requests | Est. prompt tokens | Est. output tokens | Real wall ms |\n|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
            sb.Append(inv, $"| {MarkdownText.Cell(sim.Hardware)} | {sim.RduMs:0.0} | {MarkdownText.Cell(sim.Baseline)} | {sim.BaselineMs:0.0} | {sim.Speedup:0.00}× | {sim.RouterMs:0.0} | {sim.Requests} | {sim.PromptTokens} | {sim.OutputTokens} | {sim.WallMs:0} |\n");
        }

        if (f.Count > 0)
        {
            sb.Append("\n**Findings**\n\n");
            var listed = 0;
            foreach (var x in f.Take(maxListed))
            {
                var item = FindingText.ListItem(x, x.SummaryOnly ? "low confidence" : null, marker: false) + "\n";
                if (sb.Length + item.Length > budget - 200)
                {
                    break;
                }

                sb.Append(item);
                listed++;
            }

            if (listed < f.Count)
            {
                sb.Append(inv, $"- … and {f.Count - listed} more (see the SARIF file or `--format json`)\n");
            }
        }

        return sb.ToString();
    }

    public static string Short(string sha) => sha.Length > 12 && sha.All(char.IsAsciiHexDigit) ? sha[..7] : sha;
}
