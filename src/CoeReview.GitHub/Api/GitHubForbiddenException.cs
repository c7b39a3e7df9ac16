namespace CoeReview.GitHub.Api;

/// <summary>
/// A write was refused with 403 and it was not a rate limit: the token is read-only, as
/// GITHUB_TOKEN is for pull requests from forks on the pull_request event.
/// </summary>
internal sealed class GitHubForbiddenException : Exception
{
    public GitHubForbiddenException()
    {
    }

    public GitHubForbiddenException(string message)
        : base(message)
    {
    }

    public GitHubForbiddenException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
