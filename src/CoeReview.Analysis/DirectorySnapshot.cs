using CoeReview.Core.Diff;

namespace CoeReview.Analysis;

/// <summary>A snapshot over a folder on disk (a synthetic repo, a test fixture); files over 1 MB read as null.</summary>
public sealed class DirectorySnapshot : ISnapshot
{
    private const long MaxBytes = 1 << 20;
    private readonly string _root;

    public DirectorySnapshot(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _root = Path.GetFullPath(root);
    }

    public string? ReadText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(full) || new FileInfo(full).Length > MaxBytes)
        {
            return null;
        }

        return File.ReadAllText(full);
    }

    public IEnumerable<string> ListFiles(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var dir = Path.Combine(_root, folder);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            : [];
    }
}
