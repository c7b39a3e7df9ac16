using System.Globalization;

namespace CoeReview.RealRepos;

/// <summary>A local clone to measure and how many of its commits to walk.</summary>
internal sealed record RepoSpec(string Path, int Commits)
{
    /// <summary>The repository's folder name, which the report uses as its name.</summary>
    public string Name => System.IO.Path.GetFileName(Path.TrimEnd('/'));

    /// <summary>Parses <c>PATH:N</c>; the last colon splits, so a path may contain colons.</summary>
    public static RepoSpec Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var commits) || commits <= 0)
        {
            throw new ArgumentException($"--repo takes PATH:N with N > 0, got '{text}'");
        }

        return new RepoSpec(System.IO.Path.GetFullPath(text[..colon]), commits);
    }
}
