using CoeReview.Core.Diff;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// The C# projects of a snapshot: which .csproj owns each .cs file (the nearest one above it) and the
/// files of each project, skipping bin/ and obj/. The snapshot is listed once.
/// </summary>
internal sealed class ProjectLayout
{
    private readonly HashSet<string> _projectDirs;
    private readonly Dictionary<string, string> _projectByDir;
    private readonly Dictionary<string, List<string>> _sourcesByProject = new(StringComparer.Ordinal);

    public ProjectLayout(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var all = files.Select(f => f.Replace('\\', '/')).Where(f => !IsBuildOutput(f)).ToList();
        _projectByDir = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var csproj in all.Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            // Two projects in one folder share their files; the first by name stands for both.
            _projectByDir.TryAdd(DirectoryOf(csproj), csproj);
        }

        _projectDirs = [.. _projectByDir.Keys];
        Files = all;
        foreach (var cs in all.Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)))
        {
            var key = ProjectOf(cs) ?? LooseKey(cs);
            if (!_sourcesByProject.TryGetValue(key, out var list))
            {
                _sourcesByProject[key] = list = [];
            }

            list.Add(cs);
        }
    }

    /// <summary>Every .csproj of the snapshot (one per folder).</summary>
    public IReadOnlyCollection<string> Projects => _projectByDir.Values;

    /// <summary>Every file of the snapshot outside build output, repo-relative.</summary>
    public IReadOnlyList<string> Files { get; }

    public static ProjectLayout Of(ISnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new ProjectLayout(snapshot.ListFiles(""));
    }

    /// <summary>True when the snapshot holds this .csproj.</summary>
    public bool HasProject(string csproj) => _projectByDir.TryGetValue(DirectoryOf(csproj), out var p) && string.Equals(p, csproj, StringComparison.Ordinal);

    /// <summary>The nearest .csproj above the file, or null when none.</summary>
    public string? ProjectOf(string path)
    {
        var dir = DirectoryOf(path);
        while (true)
        {
            if (_projectDirs.Contains(dir))
            {
                return _projectByDir[dir];
            }

            if (dir.Length == 0)
            {
                return null;
            }

            dir = DirectoryOf(dir);
        }
    }

    /// <summary>The key a file groups under: its project, or a loose group per folder when no project claims it.</summary>
    public string GroupOf(string path) => ProjectOf(path) ?? LooseKey(path);

    /// <summary>The .cs files of a group (a .csproj path or a loose key).</summary>
    public IReadOnlyList<string> SourcesOf(string group) =>
        _sourcesByProject.TryGetValue(group, out var list) ? list : [];

    public static bool IsLoose(string group) => group.StartsWith(LoosePrefix, StringComparison.Ordinal);

    public static string LooseFolder(string group) => group[LoosePrefix.Length..];

    private const string LoosePrefix = "loose:";

    private static string LooseKey(string path) => LoosePrefix + DirectoryOf(path);

    public static bool IsRooted(string path) => path.StartsWith('/') || (path.Length > 2 && path[1] == ':');

    public static string DirectoryOf(string path)
    {
        var i = path.LastIndexOf('/');
        return i < 0 ? "" : path[..i];
    }

    private static bool IsBuildOutput(string path)
    {
        foreach (var segment in path.Split('/'))
        {
            if (segment is "bin" or "obj" or ".git" or "node_modules")
            {
                return true;
            }
        }

        return false;
    }
}
