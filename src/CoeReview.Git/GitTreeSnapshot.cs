using CoeReview.Core.Diff;
using LibGit2Sharp;

namespace CoeReview.Git;

/// <summary>
/// The files of a commit, or of the index, read from the object database. It keeps its own
/// repository handle and serialises access to it, since libgit2 handles are not shared across threads.
/// </summary>
public sealed class GitTreeSnapshot : ISnapshot, IDisposable
{
    private readonly Repository _repo;
    private readonly Tree? _tree;
    private readonly bool _index;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    private GitTreeSnapshot(string repoPath, string? commitSha, bool index)
    {
        _repo = new Repository(repoPath);
        _tree = commitSha is null ? null : _repo.Lookup<Commit>(commitSha).Tree;
        _index = index;
    }

    public static GitTreeSnapshot OfCommit(string repoPath, string commitSha) => new(repoPath, commitSha, false);

    public static GitTreeSnapshot OfIndex(string repoPath) => new(repoPath, null, true);

    public string? ReadText(string path)
    {
        lock (_gate)
        {
            if (!_cache.TryGetValue(path, out var text))
            {
                text = Read(path);
                _cache[path] = text;
            }

            return text;
        }
    }

    public IEnumerable<string> ListFiles(string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        lock (_gate)
        {
            var all = _index ? _repo.Index.Select(e => e.Path) : Walk(_tree, "");
            return all.Select(p => p.Replace('\\', '/')).Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        }
    }

    public void Dispose() => _repo.Dispose();

    private string? Read(string path)
    {
        var blob = _index
            ? _repo.Index[path] is { } entry ? _repo.Lookup<Blob>(entry.Id) : null
            : _tree?[path]?.Target as Blob;
        if (blob is null || blob.IsBinary || blob.Size > GitDiffBuilder.MaxFileBytes)
        {
            return null;
        }

        using var stream = blob.GetContentStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var text = GitDiffBuilder.Decode(buffer.ToArray());
        return text == "\uFFFD" ? null : text;
    }

    private static IEnumerable<string> Walk(Tree? tree, string prefix)
    {
        if (tree is null)
        {
            yield break;
        }

        foreach (var entry in tree)
        {
            if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                foreach (var inner in Walk((Tree)entry.Target, prefix + entry.Name + "/"))
                {
                    yield return inner;
                }
            }
            else if (entry.TargetType == TreeEntryTargetType.Blob)
            {
                yield return prefix + entry.Name;
            }
        }
    }
}
