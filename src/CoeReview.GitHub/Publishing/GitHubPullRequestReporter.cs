using System.Runtime.ExceptionServices;
using CoeReview.Core.Pipeline;
using CoeReview.GitHub.Actions;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Publishing;

/// <summary>
/// Publishes a finished review for `coe-review pr` as a chain: the SARIF file, the review on the PR
/// (or, with a read-only token, workflow-command annotations), the job summary and the step
/// outputs (findings=N, sarif=PATH). A link that fails does not stop the next; the first failure
/// is rethrown once all have run. The token never reaches stdout or stderr.
/// </summary>
public sealed class GitHubPullRequestReporter(
    GitHubContext context,
    IGitHubApi? api,
    GitHubPublishOptions options,
    ISarifFileWriter? sarif,
    TextWriter stdout,
    TextWriter stderr) : IReporter
{
    /// <summary>Where the SARIF file goes; default RUNNER_TEMP (or the current folder)/coe-review.sarif.</summary>
    public string? SarifPath { get; init; }

    public string Name => "GitHub";

    public Task ReportAsync(Review review, CancellationToken cancellationToken) => PublishAsync(review, cancellationToken);

    /// <summary>Runs the chain on the review (its Diff places the inline comments) and says what it did.</summary>
    public async Task<PullRequestOutcome> PublishAsync(Review review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var report = new PullRequestReport();
        var links = new List<IReporter>();
        if (sarif is not null)
        {
            links.Add(new SarifFileReporter(context, sarif, SarifPath, report));
        }

        links.Add(new PullRequestReviewReporter(context, api, options, stdout, stderr, report));
        links.Add(new JobSummaryReporter(context, report));
        links.Add(new StepOutputsReporter(context, report));
        var failures = await new ReporterChain(links).RunAsync(review, cancellationToken).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            ExceptionDispatchInfo.Throw(failures[0].Error);
        }

        var failing = options.FailLevel is { } level && review.HasFindingsAtOrAbove(level);
        return new PullRequestOutcome(report.Mode, report.Result, report.SarifPath, review.Findings.Count, failing);
    }
}
