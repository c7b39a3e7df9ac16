namespace CoeReview.GitHub.Api;

// Shapes read through Octokit's raw connection (its deserializer maps snake_case onto these
// settable properties). Octokit's PullRequestReviewComment has no line/side, so we keep our own.
#pragma warning disable CA1812 // Instantiated by Octokit's deserializer.
internal sealed class ReviewCommentDto
{
    public long Id { get; set; }

    public string? Body { get; set; }

    public string? Path { get; set; }

    public int? Line { get; set; }

    public long? InReplyToId { get; set; }

    public UserDto? User { get; set; }
}

internal sealed class ReviewDto
{
    public long Id { get; set; }

    public string? Body { get; set; }

    public string? State { get; set; }

    public UserDto? User { get; set; }
}

internal sealed class UserDto
{
    public string? Login { get; set; }
}
#pragma warning restore CA1812
