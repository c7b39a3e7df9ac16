using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Secrets;
using CoeReview.GitHub.Actions;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Publishing;

/// <summary>
/// Publishes a finished review for `coe-review pr`: the SARIF file, the review on the PR (or, with a
/// read-only token, workflow-command annotations), the job summary and the step outputs
/// (findings=N, sarif=PATH). The token never reaches stdout or stderr.
/// </summary>
public sealed class GitHubPullRequestReporter(
    GitHubContext context,
    IGitHubApi? api,
    GitHubPublishOptions options,
    ISarifFileWriter? sarif,
    TextWriter stdout,
    TextWriter stderr)
{
    /// <summary>Where the SARIF file goes; default RUNNER_TEMP (or the current folder)/coe-review.sarif.</summary>
    public string? SarifPath { get; init; }

    public async Task<PullRequestOutcome> PublishAsync(Review review, DiffSet? diff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(context);
        var redact = new SecretRedactor(context.Token);
        var failing = options.FailLevel is { } level && review.HasFindingsAtOrAbove(level);
        var sarifPath = await WriteSarifAsync(review, cancellationToken).ConfigureAwait(false);
        var headSha = context.HeadSha ?? diff?.Head ?? review.Head;

        PublishMode mode;
        PublishResult? result = null;
        string status;
        try
        {
            if (api is null)
            {
                mode = options.DryRun ? PublishMode.DryRun : throw new GitHubForbiddenException("no token: set GITHUB_TOKEN");
                status = "Dry run: nothing was posted.";
            }
            else
            {
                result = await new ReviewPublisher(api, options).PublishAsync(review, diff, headSha, cancellationToken).ConfigureAwait(false);
                mode = options.DryRun ? PublishMode.DryRun : PublishMode.Review;
                status = Describe(mode, result);
            }
        }
        catch (GitHubForbiddenException e)
        {
            mode = PublishMode.ReadOnlyFallback;
            status = "The token cannot write to this pull request (a fork's read-only GITHUB_TOKEN?): findings are published as annotations, this summary and the SARIF file.";
            await stderr.WriteLineAsync(redact.Redact($"coe-review: {e.Message}; falling back to workflow annotations").Text).ConfigureAwait(false);
            await AnnotateAsync(review).ConfigureAwait(false);
        }
        catch (GitHubUnavailableException e)
        {
            // Keep every finding visible before reporting the infrastructure failure.
            await stderr.WriteLineAsync(redact.Redact($"coe-review: {e.Message}").Text).ConfigureAwait(false);
            await AnnotateAsync(review).ConfigureAwait(false);
            WriteActionsFiles(review, sarifPath, "GitHub could not be reached to publish the review: findings are in the annotations and the SARIF file.");
            throw;
        }

        foreach (var warning in result?.Warnings ?? [])
        {
            await stderr.WriteLineAsync(redact.Redact("coe-review: " + warning).Text).ConfigureAwait(false);
        }

        await stderr.WriteLineAsync(redact.Redact("coe-review: " + status).Text).ConfigureAwait(false);
        WriteActionsFiles(review, sarifPath, status);
        return new PullRequestOutcome(mode, result, sarifPath, review.Findings.Count, failing);
    }

    private async Task<string?> WriteSarifAsync(Review review, CancellationToken cancellationToken)
    {
        if (sarif is null)
        {
            return null;
        }

        var path = Path.GetFullPath(SarifPath ?? Path.Combine(context.TempDirectory ?? Directory.GetCurrentDirectory(), "coe-review.sarif"));
        await sarif.WriteAsync(review, path, cancellationToken).ConfigureAwait(false);
        return path;
    }

    private async Task AnnotateAsync(Review review)
    {
        foreach (var f in review.Findings)
        {
            await stdout.WriteLineAsync(WorkflowCommands.Annotation(f)).ConfigureAwait(false);
        }
    }

    private void WriteActionsFiles(Review review, string? sarifPath, string status)
    {
        if (context.StepSummaryPath is { } summary)
        {
            ActionsFiles.AppendSummary(summary, ReviewSummaryMarkdown.Render(review, status, ActionsFiles.StepSummaryLimit / 2, maxListed: 500));
        }

        if (context.OutputPath is { } output)
        {
            ActionsFiles.AppendOutput(output, "findings", review.Findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            ActionsFiles.AppendOutput(output, "sarif", sarifPath ?? "");
        }
    }

    private static string Describe(PublishMode mode, PublishResult r)
    {
        var verb = mode == PublishMode.DryRun ? "Would post" : "Posted";
        var review = r.Inline + r.InBody == 0 ? "no new review (nothing new)" : $"a review with {r.Inline} inline comment(s) and {r.InBody} finding(s) in its body";
        var refused = r.Refused > 0 ? $", {r.Refused} moved to the body after GitHub refused them" : "";
        return $"{verb} {review}{refused}; {r.AlreadyPosted} already posted earlier; {r.Deleted} stale comment(s) deleted, {r.MarkedResolved} marked resolved.";
    }
}
