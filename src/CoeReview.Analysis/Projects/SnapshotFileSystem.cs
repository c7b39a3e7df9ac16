using CoeReview.Core.Diff;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// The evaluation's view of files: the repository's own files from the reviewed snapshot (so an old
/// commit is evaluated with its own Directory.Build.props), and from the disk what git does not hold —
/// obj/ (assets file, NuGet's generated props), the NuGet folders and anything outside the repository.
/// </summary>
internal sealed class SnapshotFileSystem : IProjectFileSystem
{
    private readonly ISnapshot _snapshot;
    private readonly string _root;
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);

    public SnapshotFileSystem(ISnapshot snapshot, string repoRoot, IEnumerable<string> files)
    {
        _snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        ArgumentNullException.ThrowIfNull(repoRoot);
        _root = ProjectPaths.Normalize(repoRoot);
        _files = files.Select(f => f.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        foreach (var file in _files)
        {
            for (var dir = ProjectPaths.DirectoryOf("/" + file); dir.Length > 1 && _directories.Add(dir); dir = ProjectPaths.DirectoryOf(dir))
            {
            }
        }
    }

    public string Root => _root;

    public string? ReadText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Relative(path) is { } rel && _files.Contains(rel))
        {
            return _snapshot.ReadText(rel);
        }

        return FromDisk(path) && File.Exists(path) ? Read(path) : null;
    }

    public bool FileExists(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Relative(path) is { } rel && _files.Contains(rel) || (FromDisk(path) && File.Exists(path));
    }

    public bool DirectoryExists(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Relative(path) is { } rel && (rel.Length == 0 || _directories.Contains("/" + rel)) || (FromDisk(path) && Directory.Exists(path));
    }

    public IEnumerable<string> Glob(string directory, string pattern)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(pattern);
        if (Relative(directory) is not { } rel)
        {
            return Directory.Exists(directory) ? Directory.GetFiles(directory, pattern).Select(ProjectPaths.Normalize) : [];
        }

        var prefix = rel.Length == 0 ? "" : rel + "/";
        return _files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal) && Core.Experts.Glob.IsMatch(pattern, f[prefix.Length..]))
            .Select(f => _root.TrimEnd('/') + "/" + f);
    }

    private string? Relative(string path) => ProjectPaths.RelativeTo(_root, ProjectPaths.Normalize(path));

    // Inside the repository only what git never holds comes from the disk: build output and restore results.
    private bool FromDisk(string path)
    {
        var rel = Relative(path);
        if (rel is null)
        {
            return !path.StartsWith(MsBuildEvaluator.SdkRoot, StringComparison.Ordinal);
        }

        return rel.Split('/').Any(s => s is "obj" or "artifacts");
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
