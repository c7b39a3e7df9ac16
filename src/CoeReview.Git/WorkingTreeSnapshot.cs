using CoeReview.Core.Diff;

namespace CoeReview.Git;

/// <summary>The files on disk under a folder: what uncommitted changes and diff files are reviewed against.</summary>
internal sealed class WorkingTreeSnapshot(string root) : ISnapshot
{
    private static readonly HashSet<string> s_skipFolders = new(StringComparer.OrdinalIgnoreCase) { ".git", "bin", "obj", "node_modules", ".vs" };

    public string? ReadText(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(full))
        {
            return null;
        }

        var info = new FileInfo(full);
        if (info.Length > GitDiffBuilder.MaxFileBytes)
        {
            return null;
        }

        var text = GitDiffBuilder.Decode(File.ReadAllBytes(full));
        return text.Contains('\0', StringComparison.Ordinal) || text == "\uFFFD" ? null : text;
    }

    public IEnumerable<string> ListFiles(string folder)
    {
        var start = Path.Combine(root, folder);
        if (!Directory.Exists(start))
        {
            yield break;
        }

        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(dir))
            {
                yield return Path.GetRelativePath(root, file).Replace('\\', '/');
            }

            foreach (var sub in Directory.EnumerateDirectories(dir).Where(d => !s_skipFolders.Contains(Path.GetFileName(d))))
            {
                pending.Push(sub);
            }
        }
    }
}
