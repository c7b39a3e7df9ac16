using CoeReview.Core.Pipeline;
using CoeReview.GitHub.Actions;

namespace CoeReview.GitHub.Publishing;

/// <summary>The job summary (GITHUB_STEP_SUMMARY): the review's summary with what the review reporter did.</summary>
internal sealed class JobSummaryReporter(GitHubContext context, PullRequestReport report) : IReporter
{
    public string Name => "job summary";

    public Task ReportAsync(Review review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (context.StepSummaryPath is { } summary)
        {
            ActionsFiles.AppendSummary(summary, ReviewSummaryMarkdown.Render(review, report.Status, ActionsFiles.StepSummaryLimit / 2, maxListed: 500));
        }

        return Task.CompletedTask;
    }
}
