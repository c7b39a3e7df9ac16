using System.Globalization;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Text;

namespace CoeReview.Cli.Reporting;

/// <summary>Terminal output: one line per finding (file:line:col: severity [expert rule] message), then a summary.</summary>
/// <param name="color"></param>
/// <param name="cost">Show the simulated model cost (review --cost); off by default, since it is no finding.</param>
internal sealed class TextRenderer(bool color, bool cost = false) : IReviewRenderer
{
    public string Format => "text";

    public void Render(Review review, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var f in review.Findings)
        {
            var where = $"{f.Path}:{f.Line}:{Math.Max(1, f.Column)}";
            writer.WriteLine($"{Paint(where, "1")}: {Paint(f.Severity.ToName(), SeverityColor(f.Severity))} [{f.Expert} {string.Join(", ", f.AlsoRuleIds.Prepend(f.RuleId))}] {f.Message}");
            if (f.Suggestion is not null)
            {
                writer.WriteLine($"    suggestion: {f.Suggestion.ReplaceLineEndings(" ")}");
            }
        }

        if (review.Findings.Count > 0)
        {
            writer.WriteLine();
        }

        writer.WriteLine(Summary(review));
        if (ModelEstimates.Note(review, cost) is { } note)
        {
            writer.WriteLine("  " + note);
        }

        foreach (var e in review.Experts)
        {
            writer.WriteLine("  " + ExpertLine(e, review, cost));
        }

        foreach (var s in review.Coverage.Skipped)
        {
            writer.WriteLine($"  skipped {s.Path}: {s.Reason}");
        }

        foreach (var n in review.Coverage.NotFound)
        {
            writer.WriteLine($"  degraded: {n.Path} {n.Reason}");
        }

        foreach (var n in review.Coverage.NotSent)
        {
            writer.WriteLine($"  not sent to {n.Expert}: {n.Path} {n.Hunk}: {n.Reason}");
        }

        foreach (var p in review.Coverage.Projects.Where(p => !p.IsComplete))
        {
            writer.WriteLine($"  project {p.Describe()}");
        }

        foreach (var w in review.Coverage.Projects.SelectMany(p => p.Warnings).Distinct(StringComparer.Ordinal))
        {
            writer.WriteLine($"  warning: {w}");
        }

        if (review.Experts.Where(e => e.Usage is not null).Select(e => e.Usage!).Aggregate(TokenUsage.Zero, (a, b) => a.Add(b)) is { Requests: > 0 } total)
        {
            var label = ModelEstimates.NoModelRan(review) ? "est. tokens" : "tokens";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label}: {total.PromptTokens} prompt + {total.OutputTokens} output in {Plural.Of(total.Requests, "request")}"));
        }

        if (cost && review.Simulation is { } sim)
        {
            writer.WriteLine("  " + CostSentence.For(sim));
        }
    }

    /// <summary>
    /// One line: the findings shown (by severity), what was reviewed, and how many found findings are
    /// not shown and why — counts are of what the report shows, never of what the experts found before merging.
    /// </summary>
    public static string Summary(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var counts = Enum.GetValues<Severity>().Reverse()
            .Select(s => (s, n: review.Findings.Count(f => f.Severity == s)))
            .Where(x => x.n > 0)
            .Select(x => Plural.Of(x.n, x.s.ToName()));
        var files = review.Findings.Select(f => f.Path).Distinct().Count();
        var head = review.Findings.Count == 0
            ? "No findings"
            : $"{Plural.Of(review.Findings.Count, "finding")} ({string.Join(", ", counts)}) in {Plural.Of(files, "file")}";
        return $"{head}; {Plural.OfTotal(review.Coverage.ReviewedHunks, review.Coverage.Hunks, "hunk")} reviewed on {review.Backend}{LeftOutNote(review.LeftOut)}{NotFoundNote(review.Coverage)}.";
    }

    /// <summary>"; 3 not shown: 2 outside the added lines, 1 merged …", or nothing.</summary>
    public static string LeftOutNote(IEnumerable<LeftOut> leftOut)
    {
        ArgumentNullException.ThrowIfNull(leftOut);
        var byReason = leftOut.GroupBy(l => l.Reason).Select(g => (Reason: g.Key, Count: g.Sum(l => l.Count))).Where(x => x.Count > 0).ToList();
        var total = byReason.Sum(x => x.Count);
        return total == 0 ? "" : $"; {total} not shown: {string.Join(", ", byReason.Select(x => $"{x.Count} {x.Reason}"))}";
    }

    // A diff reviewed away from its files must not read as a clean review: say so in the one line scripts see.
    private static string NotFoundNote(Coverage coverage) => coverage.NotFound.Count switch
    {
        0 => "",
        1 => "; degraded: 1 file of the diff not found on disk",
        var n => $"; degraded: {n} files of the diff not found on disk",
    };

    /// <summary>One expert's line: status, tasks, the findings of it the report shows and why the others are not shown.</summary>
    public static string ExpertLine(ExpertResult e, Review review, bool cost = false)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(review);
        var status = e.Status switch
        {
            ExpertStatus.Failed => "FAILED: " + e.Reason,
            ExpertStatus.Skipped => "skipped: " + e.Reason,
            _ => "ok",
        };
        var shown = review.Findings.Count(f => f.Expert == e.ExpertId);
        var notShown = review.LeftOut.Where(l => l.Expert == e.ExpertId).Select(l => $", {l.Count} {l.Reason}");
        var line = string.Create(CultureInfo.InvariantCulture, $"{e.ExpertId,-12} {status}; {Plural.Of(e.Tasks, "task")}, {Plural.Of(shown, "finding")} shown{string.Concat(notShown)}, {e.WallMs:0} ms");
        if (e.Usage is { } u)
        {
            var label = ModelEstimates.NoModelRan(review) ? "est. tokens" : "tokens";
            line += string.Create(CultureInfo.InvariantCulture, $", {u.PromptTokens}+{u.OutputTokens} {label} in {Plural.Of(u.Requests, "request")}");
        }

        if (cost && e.Simulated is { } s)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", simulated {s.RduMs:0.0} ms RDU vs {s.BaselineMs:0.0} ms GPU");
        }

        return line;
    }

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;

    private static string SeverityColor(Severity s) => s switch
    {
        Severity.Error => "31",
        Severity.Warning => "33",
        _ => "36",
    };
}
