namespace CoeReview.RealRepos;

/// <summary>
/// How <c>dotnet restore</c> went at one commit. FailedProjects holds the projects that an error names;
/// AllFailed is set when it failed without naming one, so no project can be trusted.
/// </summary>
internal sealed record RestoreOutcome(string Target, int ExitCode, IReadOnlySet<string> FailedProjects, bool AllFailed, string? FirstError, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    public bool Restored(string project) => !AllFailed && !FailedProjects.Contains(project);
}
