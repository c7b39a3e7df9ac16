namespace CoeReview.GitHub.Api;

/// <summary>GitHub could not be reached or kept refusing after retries (an infrastructure failure: exit code 3).</summary>
internal sealed class GitHubUnavailableException : Exception
{
    public GitHubUnavailableException()
    {
    }

    public GitHubUnavailableException(string message)
        : base(message)
    {
    }

    public GitHubUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
