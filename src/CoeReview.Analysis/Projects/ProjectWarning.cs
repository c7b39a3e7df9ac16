namespace CoeReview.Analysis.Projects;

/// <summary>Something in a project's files that the review could not read as MSBuild does: file (repo-relative where it can), line, what.</summary>
public sealed record ProjectWarning(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
