using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Publishing;

/// <summary>
/// Publishes a review on a pull request the way a good citizen does: ONE review per run carrying
/// only new findings (hidden fingerprint markers), inline comments only on diff lines and under a
/// cap, the rest in the review body, a 422 narrowed down to the comments at fault (moved to the
/// body, never lost), the one summary comment edited in place, own stale comments deleted — or
/// marked resolved when someone replied — and optionally a check run.
/// A read-only token surfaces as <see cref="GitHubForbiddenException"/> from the first write.
/// </summary>
internal sealed partial class ReviewPublisher(IGitHubApi api, GitHubPublishOptions options)
{
    private int _writes;
    private readonly List<string> _warnings = [];

    /// <param name="review">The finished review.</param>
    /// <param name="diff">The reviewed diff, to place comments; null trusts each finding's InDiff.</param>
    /// <param name="headSha">The PR head commit the comments refer to.</param>
    /// <param name="cancellationToken">Cancels between requests.</param>
    public async Task<PublishResult> PublishAsync(Review review, DiffSet? diff, string headSha, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var comments = await api.GetReviewCommentsAsync(cancellationToken).ConfigureAwait(false);
        var reviews = await api.GetReviewsAsync(cancellationToken).ConfigureAwait(false);
        var conversation = await api.GetIssueCommentsAsync(cancellationToken).ConfigureAwait(false);

        // Ours: top-level and ending with our marker, so a person quoting one of our comments is never taken for us.
        var ours = comments.Where(c => c.InReplyToId is null && CommentMarkers.EndsWithMarker(c.Body)).ToList();
        var posted = ours.SelectMany(c => CommentMarkers.Parse(c.Body)).Where(m => !m.Resolved).Select(m => m.Fingerprint)
            .Concat(reviews.SelectMany(r => CommentMarkers.Parse(r.Body)).Select(m => m.Fingerprint))
            .ToHashSet(StringComparer.Ordinal);
        var fresh = review.Findings.Where(f => !f.SummaryOnly && !posted.Contains(f.Fingerprint)).ToList();
        var already = review.Findings.Count(f => !f.SummaryOnly && posted.Contains(f.Fingerprint));
        var files = diff?.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var (inline, body) = InlinePlanner.Plan(fresh, files, options.MaxInlineComments);
        var failing = options.RequestChanges && options.FailLevel is { } level && review.HasFindingsAtOrAbove(level);
        var ev = failing ? "REQUEST_CHANGES" : "COMMENT";

        var result = new PublishResult { AlreadyPosted = already };
        if (options.DryRun)
        {
            return result with { Inline = inline.Count, InBody = body.Count, ReviewEvent = inline.Count + body.Count > 0 ? ev : null };
        }

        if (inline.Count + body.Count > 0)
        {
            result = await PostReviewAsync(result, inline, body, ev, headSha, cancellationToken).ConfigureAwait(false);
        }

        result = await UpsertSummaryAsync(result, review, conversation, cancellationToken).ConfigureAwait(false);
        result = await CleanUpStaleAsync(result, review, ours, comments, cancellationToken).ConfigureAwait(false);
        if (options.CheckRun)
        {
            result = await PublishCheckRunAsync(result, review, headSha, cancellationToken).ConfigureAwait(false);
        }

        return result with { Warnings = _warnings.ToList() };
    }

    private async Task<PublishResult> UpsertSummaryAsync(PublishResult result, Review review, IReadOnlyList<ExistingComment> conversation, CancellationToken cancellationToken)
    {
        var status = $"Posted by CoeReview for {ReviewSummaryMarkdown.Short(review.Head)}; updated in place on every run.";
        var text = CommentMarkers.Summary + "\n" + ReviewSummaryMarkdown.Render(review, status);
        var existing = conversation.FirstOrDefault(c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal));
        if (existing is null)
        {
            await WriteAsync(() => api.CreateIssueCommentAsync(text, cancellationToken)).ConfigureAwait(false);
            return result with { SummaryCreated = true };
        }

        if (existing.Body.TrimEnd() == text.TrimEnd())
        {
            return result;
        }

        await WriteAsync(async () => { await api.EditIssueCommentAsync(existing.Id, text, cancellationToken).ConfigureAwait(false); return 0; }).ConfigureAwait(false);
        return result with { SummaryUpdated = true };
    }

    private async Task<PublishResult> CleanUpStaleAsync(PublishResult result, Review review, List<ExistingReviewComment> ours, IReadOnlyList<ExistingReviewComment> all, CancellationToken cancellationToken)
    {
        var current = review.Findings.Select(f => f.Fingerprint).ToHashSet(StringComparer.Ordinal);
        int deleted = 0, resolved = 0;
        foreach (var c in ours)
        {
            var markers = CommentMarkers.Parse(c.Body);
            if (markers.Any(m => m.Resolved) || markers.Any(m => current.Contains(m.Fingerprint)))
            {
                continue;
            }

            if (all.Any(x => x.InReplyToId == c.Id))
            {
                // People talked in this thread: keep it, say the finding is gone.
                var body = $"✅ **Resolved**: CoeReview no longer reports this at {ReviewSummaryMarkdown.Short(review.Head)}.\n\n<details><summary>Original comment</summary>\n\n"
                    + CommentMarkers.Strip(c.Body) + "\n\n</details>\n" + CommentMarkers.ResolvedFor(markers[0].Fingerprint);
                await WriteAsync(async () => { await api.EditReviewCommentAsync(c.Id, body, cancellationToken).ConfigureAwait(false); return 0; }).ConfigureAwait(false);
                resolved++;
            }
            else
            {
                await WriteAsync(async () => { await api.DeleteReviewCommentAsync(c.Id, cancellationToken).ConfigureAwait(false); return 0; }).ConfigureAwait(false);
                deleted++;
            }
        }

        return result with { Deleted = deleted, MarkedResolved = resolved };
    }

    /// <summary>Runs a write; a 403 after something was already written is a missing permission for that part, not a read-only token.</summary>
    private async Task<T?> WriteAsync<T>(Func<Task<T>> write, string? optionalPart = null)
    {
        try
        {
            var value = await write().ConfigureAwait(false);
            _writes++;
            return value;
        }
        catch (GitHubForbiddenException e) when (_writes > 0 || optionalPart is not null)
        {
            _warnings.Add($"{optionalPart ?? "a write"} was refused: {e.Message}");
            return default;
        }
    }
}
