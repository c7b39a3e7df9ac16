using CoeReview.Core;

namespace CoeReview.Git;

/// <summary>Bad input about the repository: not a repo, an unknown ref, no merge base. The CLI exits 2.</summary>
public sealed class GitInputException(string message) : BadInputException(message);
