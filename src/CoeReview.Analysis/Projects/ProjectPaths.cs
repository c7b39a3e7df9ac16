namespace CoeReview.Analysis.Projects;

/// <summary>Absolute, '/'-separated paths as MSBuild files write them (with '\' and '..').</summary>
internal static class ProjectPaths
{
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = path.Replace('\\', '/');
        var rooted = text.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in text.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return (rooted ? "/" : "") + string.Join('/', parts);
    }

    /// <summary>A path relative to a folder, or already absolute, made absolute and normal.</summary>
    public static string Combine(string directory, string path)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(path);
        var p = path.Replace('\\', '/').Trim();
        return Normalize(IsRooted(p) ? p : directory.TrimEnd('/') + "/" + p);
    }

    public static bool IsRooted(string path) => path.StartsWith('/') || (path.Length > 2 && path[1] == ':' && path[2] == '/');

    public static string DirectoryOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var i = path.TrimEnd('/').LastIndexOf('/');
        return i <= 0 ? "/" : path[..i];
    }

    /// <summary>The path below <paramref name="root"/>, or null when it lies outside.</summary>
    public static string? RelativeTo(string root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        var r = root.TrimEnd('/');
        if (string.Equals(path, r, StringComparison.Ordinal))
        {
            return "";
        }

        return path.StartsWith(r + "/", StringComparison.Ordinal) ? path[(r.Length + 1)..] : null;
    }
}
