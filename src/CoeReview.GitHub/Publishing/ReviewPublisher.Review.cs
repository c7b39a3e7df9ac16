using System.Globalization;
using System.Text;
using CoeReview.Core.Text;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Publishing;

internal sealed partial class ReviewPublisher
{
    /// <summary>Review bodies over about 65,536 characters are refused; stay well under.</summary>
    private const int BodyBudget = 60_000;

    private async Task<PublishResult> PostReviewAsync(PublishResult result, IReadOnlyList<PlannedComment> inline, IReadOnlyList<BodyItem> body, string ev, string headSha, CancellationToken cancellationToken)
    {
        var placed = inline.ToList();
        var listed = body.ToList();
        var refused = 0;
        try
        {
            var id = await CreateAsync(placed, listed, ev, headSha, cancellationToken).ConfigureAwait(false);
            return result with { ReviewId = id, ReviewEvent = ev, Inline = placed.Count, InBody = listed.Count };
        }
        catch (ReviewRefusedException first)
        {
            // GitHub does not say which comment it refused: find out with pending reviews, which
            // nobody sees and which we delete again (PR-Agent does the same, one at a time).
            var atFault = placed.Count == 0 ? [] : await FindRefusedAsync(placed, headSha, cancellationToken).ConfigureAwait(false);
            if (atFault.Count == 0)
            {
                atFault = placed.ToList();
            }

            var reason = "GitHub refused to place it inline: " + first.Message;
            listed.InsertRange(0, atFault.Select(p => new BodyItem(p.Finding, reason)));
            placed = placed.Except(atFault).ToList();
            refused = atFault.Count;
        }

        try
        {
            var id = await CreateAsync(placed, listed, ev, headSha, cancellationToken).ConfigureAwait(false);
            return result with { ReviewId = id, ReviewEvent = ev, Inline = placed.Count, InBody = listed.Count, Refused = refused };
        }
        catch (ReviewRefusedException) when (placed.Count > 0)
        {
            // Still refused: nothing inline, everything in the body; a third refusal propagates.
            listed.InsertRange(0, placed.Select(p => new BodyItem(p.Finding, "GitHub refused to place it inline")));
            refused += placed.Count;
            var id = await CreateAsync([], listed, ev, headSha, cancellationToken).ConfigureAwait(false);
            return result with { ReviewId = id, ReviewEvent = ev, Inline = 0, InBody = listed.Count, Refused = refused };
        }
    }

    private async Task<long> CreateAsync(IReadOnlyList<PlannedComment> inline, IReadOnlyList<BodyItem> body, string ev, string headSha, CancellationToken cancellationToken)
    {
        var payload = new ReviewPayload(headSha, RenderBody(inline.Count, body), ev, inline.Select(p => p.Payload).ToList());
        return await WriteAsync(() => api.CreateReviewAsync(payload, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Bisects the comments with pending reviews until the refused ones are isolated.</summary>
    private async Task<List<PlannedComment>> FindRefusedAsync(IReadOnlyList<PlannedComment> set, string headSha, CancellationToken cancellationToken)
    {
        if (set.Count == 0 || await AcceptedAsync(set, headSha, cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        if (set.Count == 1)
        {
            return [set[0]];
        }

        var half = set.Count / 2;
        var left = await FindRefusedAsync(set.Take(half).ToList(), headSha, cancellationToken).ConfigureAwait(false);
        var right = await FindRefusedAsync(set.Skip(half).ToList(), headSha, cancellationToken).ConfigureAwait(false);
        return [.. left, .. right];
    }

    private async Task<bool> AcceptedAsync(IReadOnlyList<PlannedComment> set, string headSha, CancellationToken cancellationToken)
    {
        long id;
        try
        {
            id = await api.CreateReviewAsync(new ReviewPayload(headSha, "", null, set.Select(p => p.Payload).ToList()), cancellationToken).ConfigureAwait(false);
        }
        catch (ReviewRefusedException)
        {
            return false;
        }

        await api.DeletePendingReviewAsync(id, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string RenderBody(int inline, IReadOnlyList<BodyItem> body)
    {
        var inv = CultureInfo.InvariantCulture;
        var total = inline + body.Count;
        var sb = new StringBuilder();
        sb.Append(inv, $"### CoeReview: {Plural.Of(total, "new finding")}\n\n");
        sb.Append(inline > 0 ? string.Create(inv, $"{inline} inline") : "None inline");
        sb.Append(body.Count > 0 ? string.Create(inv, $", {body.Count} listed here.\n\n") : ".\n\n");
        var shown = 0;
        foreach (var item in body)
        {
            var line = FindingText.ListItem(item.Finding, item.Reason) + "\n";
            if (sb.Length + line.Length > BodyBudget)
            {
                break;
            }

            sb.Append(line);
            shown++;
        }

        if (shown < body.Count)
        {
            sb.Append(inv, $"- … and {body.Count - shown} more: see the summary comment and the SARIF file.\n");
        }

        sb.Append("\n<sub>Re-runs post only new findings; the summary comment lists them all.</sub>\n");
        return sb.ToString();
    }
}
