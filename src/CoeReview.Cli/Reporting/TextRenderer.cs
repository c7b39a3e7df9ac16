using System.Globalization;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Reporting;

/// <summary>Terminal output: one line per finding (file:line:col: severity [expert rule] message), then a summary.</summary>
public sealed class TextRenderer(bool color) : IReviewRenderer
{
    public string Format => "text";

    public void Render(Review review, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var f in review.Findings)
        {
            var where = $"{f.Path}:{f.Line}:{Math.Max(1, f.Column)}";
            writer.WriteLine($"{Paint(where, "1")}: {Paint(f.Severity.ToName(), SeverityColor(f.Severity))} [{f.Expert} {f.RuleId}] {f.Message}");
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
        foreach (var e in review.Experts)
        {
            writer.WriteLine("  " + ExpertLine(e));
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
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  tokens: {total.PromptTokens} prompt + {total.OutputTokens} output in {total.Requests} requests"));
        }

        if (review.Simulation is { } sim)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  simulated CoE cost: {sim.RduMs:0.0} ms on {sim.Hardware} vs {sim.BaselineMs:0.0} ms on {sim.Baseline} ({sim.Speedup:0.0}x), {sim.Requests} requests, {sim.PromptTokens + sim.OutputTokens} tokens; real wall {sim.WallMs:0} ms"));
        }
    }

    public static string Summary(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var counts = Enum.GetValues<Severity>().Reverse()
            .Select(s => (s, n: review.Findings.Count(f => f.Severity == s)))
            .Where(x => x.n > 0)
            .Select(x => $"{x.n} {x.s.ToName()}{(x.n == 1 ? "" : "s")}");
        var files = review.Findings.Select(f => f.Path).Distinct().Count();
        var head = review.Findings.Count == 0
            ? "No findings"
            : $"{review.Findings.Count} finding{(review.Findings.Count == 1 ? "" : "s")} ({string.Join(", ", counts)}) in {files} file{(files == 1 ? "" : "s")}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{head}; {review.Coverage.ReviewedHunks}/{review.Coverage.Hunks} hunks reviewed on {review.Backend}{(review.FilteredOut > 0 ? $", {review.FilteredOut} outside the filter" : "")}{NotFoundNote(review.Coverage)}.");
    }

    // A diff reviewed away from its files must not read as a clean review: say so in the one line scripts see.
    private static string NotFoundNote(Coverage coverage) => coverage.NotFound.Count switch
    {
        0 => "",
        1 => "; degraded: 1 file of the diff not found on disk",
        var n => $"; degraded: {n} files of the diff not found on disk",
    };

    public static string ExpertLine(ExpertResult e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var status = e.Status switch
        {
            ExpertStatus.Failed => "FAILED: " + e.Reason,
            ExpertStatus.Skipped => "skipped: " + e.Reason,
            _ => "ok",
        };
        var line = string.Create(CultureInfo.InvariantCulture, $"{e.ExpertId,-12} {status}; {e.Tasks} tasks, {e.Findings.Count} findings, {e.WallMs:0} ms");
        if (e.Usage is { } u)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", {u.PromptTokens}+{u.OutputTokens} tokens in {u.Requests} requests");
        }

        if (e.Simulated is { } s)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", simulated {s.RduMs:0.0} ms RDU vs {s.BaselineMs:0.0} ms GPU");
        }

        if (e.Rejected > 0)
        {
            line += $", {e.Rejected} model findings rejected";
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
