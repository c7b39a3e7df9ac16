namespace CoeReview.GitHub.Actions;

/// <summary>The environment does not say which pull request to review (a usage error: exit code 2).</summary>
public sealed class GitHubContextException : Exception
{
    public GitHubContextException()
    {
    }

    public GitHubContextException(string message)
        : base(message)
    {
    }

    public GitHubContextException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
