using CoeReview.Core.Pipeline;
using CoeReview.Core.Secrets;
using CoeReview.GitHub.Actions;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Publishing;

/// <summary>
/// The review on the pull request (inline comments, the summary comment, stale ones cleaned up and
/// the check run, see <see cref="ReviewPublisher"/>). A read-only token falls back to workflow
/// annotations; when GitHub cannot be reached the findings go out as annotations before the
/// failure is passed on. Messages reach stderr with the token and any secret redacted.
/// </summary>
internal sealed class PullRequestReviewReporter(
    GitHubContext context,
    IGitHubApi? api,
    GitHubPublishOptions options,
    TextWriter stdout,
    TextWriter stderr,
    PullRequestReport report) : IReporter
{
    private readonly SecretRedactor _redact = new(context.Token);

    public string Name => "pull request review";

    public async Task ReportAsync(Review review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var headSha = context.HeadSha ?? review.Diff?.Head ?? review.Head;
        try
        {
            if (api is null)
            {
                report.Mode = options.DryRun ? PublishMode.DryRun : throw new GitHubForbiddenException("no token: set GITHUB_TOKEN");
                report.Status = "Dry run: nothing was posted.";
            }
            else
            {
                report.Result = await new ReviewPublisher(api, options).PublishAsync(review, review.Diff, headSha, cancellationToken).ConfigureAwait(false);
                report.Mode = options.DryRun ? PublishMode.DryRun : PublishMode.Review;
                report.Status = Describe(report.Mode, report.Result);
            }
        }
        catch (GitHubForbiddenException e)
        {
            report.Mode = PublishMode.ReadOnlyFallback;
            report.Status = "The token cannot write to this pull request (a fork's read-only GITHUB_TOKEN?): findings are published as annotations, this summary and the SARIF file.";
            await WriteAsync($"{e.Message}; falling back to workflow annotations").ConfigureAwait(false);
            await AnnotateAsync(review).ConfigureAwait(false);
        }
        catch (GitHubUnavailableException e)
        {
            // Every finding stays visible before the infrastructure failure is reported.
            report.Status = "GitHub could not be reached to publish the review: findings are in the annotations and the SARIF file.";
            await WriteAsync(e.Message).ConfigureAwait(false);
            await AnnotateAsync(review).ConfigureAwait(false);
            throw;
        }

        foreach (var warning in report.Result?.Warnings ?? [])
        {
            await WriteAsync(warning).ConfigureAwait(false);
        }

        await WriteAsync(report.Status).ConfigureAwait(false);
    }

    private Task WriteAsync(string message) => stderr.WriteLineAsync(_redact.Redact("coe-review: " + message).Text);

    private async Task AnnotateAsync(Review review)
    {
        foreach (var f in review.Findings)
        {
            await stdout.WriteLineAsync(WorkflowCommands.Annotation(f)).ConfigureAwait(false);
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
