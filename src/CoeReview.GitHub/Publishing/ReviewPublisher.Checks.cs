using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Text;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Publishing;

internal sealed partial class ReviewPublisher
{
    /// <summary>GitHub takes at most 50 annotations per check-run request; updates append. https://docs.github.com/rest/checks/runs</summary>
    public const int AnnotationsPerRequest = 50;

    /// <summary>Check-run output text is limited to 65,535 characters.</summary>
    private const int CheckSummaryBudget = 60_000;

    private async Task<PublishResult> PublishCheckRunAsync(PublishResult result, Review review, string headSha, CancellationToken cancellationToken)
    {
        var annotations = review.Findings.Select(ToAnnotation).ToList();
        var title = Plural.Of(review.Findings.Count, "finding");
        var summary = ReviewSummaryMarkdown.Render(review, null, CheckSummaryBudget);
        var failing = options.FailLevel is { } level && review.HasFindingsAtOrAbove(level);
        var batches = annotations.Chunk(AnnotationsPerRequest).ToList();
        var id = await WriteAsync(() => api.CreateCheckRunAsync(options.CheckRunName, headSha, title, summary, batches.Count > 0 ? batches[0] : [], cancellationToken), "the check run").ConfigureAwait(false);
        if (id == 0)
        {
            return result;
        }

        // Later batches append; the last request also completes the run.
        var conclusion = failing ? "failure" : "neutral";
        var rest = batches.Skip(1).ToList();
        if (rest.Count == 0)
        {
            await api.UpdateCheckRunAsync(id, title, summary, [], conclusion, cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < rest.Count; i++)
        {
            await api.UpdateCheckRunAsync(id, title, summary, rest[i], i == rest.Count - 1 ? conclusion : null, cancellationToken).ConfigureAwait(false);
        }

        return result with { CheckRunId = id };
    }

    private static CheckAnnotation ToAnnotation(Finding f) => new(
        f.Path,
        f.Line,
        Math.Max(f.Line, f.EndLine),
        f.Severity switch { Severity.Error => "failure", Severity.Warning => "warning", _ => "notice" },
        f.Message,
        $"{f.RuleId} ({f.Expert})");
}
