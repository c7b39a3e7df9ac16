using CoeReview.Core;

namespace CoeReview.GitHub.Actions;

/// <summary>Bad input for the GitHub commands: no PR to review, a malformed repository name, a hook that cannot be installed (exit code 2, as every <see cref="BadInputException"/>).</summary>
public sealed class GitHubInputException : BadInputException
{
    public GitHubInputException()
    {
    }

    public GitHubInputException(string message)
        : base(message)
    {
    }

    public GitHubInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
