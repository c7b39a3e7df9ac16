namespace CoeReview.RealRepos;

/// <summary>Finds what to restore and build for a commit's changed .cs files.</summary>
internal static class ProjectLocator
{
    /// <summary>
    /// The solution at the repository root (.sln before .slnx, then by name), else null: restoring the
    /// solution restores what the changed projects reference too, as a developer's first restore does.
    /// </summary>
    public static string? RootSolution(string root) =>
        Directory.EnumerateFiles(root, "*.sln").Order(StringComparer.Ordinal)
            .Concat(Directory.EnumerateFiles(root, "*.slnx").Order(StringComparer.Ordinal))
            .FirstOrDefault();

    /// <summary>
    /// The nearest .csproj above each changed file that still exists, by repository-relative path:
    /// the project that compiles it (a linked file owned elsewhere is not followed).
    /// </summary>
    public static IReadOnlyDictionary<string, string> OwningProjects(string root, IEnumerable<string> changedFiles)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var fullRoot = Path.GetFullPath(root).TrimEnd('/');
        foreach (var file in changedFiles)
        {
            var full = Path.Combine(fullRoot, file);
            if (!File.Exists(full))
            {
                continue;
            }

            for (var dir = Path.GetDirectoryName(full); dir is not null && dir.Length >= fullRoot.Length; dir = Path.GetDirectoryName(dir))
            {
                var project = Directory.EnumerateFiles(dir, "*.csproj").Order(StringComparer.Ordinal).FirstOrDefault();
                if (project is not null)
                {
                    owners[file] = project;
                    break;
                }
            }
        }

        return owners;
    }
}
