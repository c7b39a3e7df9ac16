namespace CoeReview.GitHub.Api;

/// <summary>
/// One inline comment of a create-review request, with <c>line</c>/<c>side</c>/<c>start_line</c>:
/// Octokit's own types only know the deprecated <c>position</c> (octokit.net #3046).
/// Octokit's serializer writes these names in snake_case and leaves nulls out.
/// https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request
/// </summary>
public sealed record ReviewCommentPayload(string Path, string Body, int Line, string Side, int? StartLine = null, string? StartSide = null);
