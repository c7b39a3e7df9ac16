using System.Globalization;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Text;

namespace CoeReview.Cli.Reporting;

/// <summary>A Markdown report for PR bodies and job summaries: counts by expert and severity, findings, coverage, cost.</summary>
/// <param name="cost">Add the simulated model cost (review --cost).</param>
internal sealed class MarkdownRenderer(bool cost = false) : IReviewRenderer
{
    public string Format => "markdown";

    public void Render(Review review, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("## CoeReview");
        writer.WriteLine();
        writer.WriteLine(TextRenderer.Summary(review));
        writer.WriteLine();
        if (ModelEstimates.Note(review, cost) is { } note)
        {
            writer.WriteLine($"_{Escape(note)}._");
            writer.WriteLine();
        }

        var tokens = ModelEstimates.NoModelRan(review) ? "est. tokens" : "tokens";
        writer.WriteLine($"| expert | status | tasks | errors | warnings | notes | {tokens} | wall ms |");
        writer.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var e in review.Experts)
        {
            int Count(Severity s) => review.Findings.Count(f => f.Expert == e.ExpertId && f.Severity == s);
            var status = e.Status == ExpertStatus.Ok ? "ok" : $"{e.Status.ToString().ToLowerInvariant()}: {Escape(e.Reason ?? "")}";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {e.ExpertId} | {status} | {e.Tasks} | {Count(Severity.Error)} | {Count(Severity.Warning)} | {Count(Severity.Note)} | {e.Usage?.TotalTokens ?? 0} | {e.WallMs:0} |"));
        }

        if (review.Findings.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("### Findings");
            writer.WriteLine();
            foreach (var f in review.Findings)
            {
                writer.WriteLine($"- **{f.Severity.ToName()}** `{f.Path}:{f.Line}` {Escape(f.Message)} ({f.Expert}, {string.Join(", ", f.AlsoRuleIds.Prepend(f.RuleId))})");
                if (f.Suggestion is not null)
                {
                    writer.WriteLine($"  - suggestion: `{f.Suggestion.ReplaceLineEndings(" ").Replace("`", "'", StringComparison.Ordinal)}`");
                }
            }
        }

        if (review.Coverage.Skipped.Count > 0 || review.Coverage.NotFound.Count > 0 || review.Coverage.NotSent.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("### Not reviewed");
            writer.WriteLine();
            foreach (var s in review.Coverage.Skipped)
            {
                writer.WriteLine($"- `{s.Path}`: {Escape(s.Reason)}");
            }

            foreach (var n in review.Coverage.NotFound)
            {
                writer.WriteLine($"- `{n.Path}`: {Escape(n.Reason)}");
            }

            foreach (var n in review.Coverage.NotSent)
            {
                writer.WriteLine($"- `{n.Path}` {n.Hunk} not sent to {n.Expert}: {Escape(n.Reason)}");
            }
        }

        if (review.Coverage.Projects.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("### Projects");
            writer.WriteLine();
            foreach (var p in review.Coverage.Projects)
            {
                writer.WriteLine($"- {Escape(p.Describe())}");
                foreach (var w in p.Warnings)
                {
                    writer.WriteLine($"  - warning: {Escape(w)}");
                }
            }
        }

        if (cost && review.Simulation is { } sim)
        {
            writer.WriteLine();
            writer.WriteLine("### Estimated model cost");
            writer.WriteLine();
            writer.WriteLine(Escape(CostSentence.For(sim)));
        }
    }

    /// <summary>Neutralises what a message could use to break out of its Markdown context.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ReplaceLineEndings(" ")
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal);
    }
}
