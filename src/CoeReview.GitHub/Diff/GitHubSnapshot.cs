using System.Collections.Concurrent;
using CoeReview.Core.Diff;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Diff;

/// <summary>
/// Reads files of the PR head through the contents API, for when the head is not checked out.
/// Only the changed files are listed; each file is fetched once.
/// </summary>
internal sealed class GitHubSnapshot(IGitHubApi api, string headSha, IReadOnlyCollection<string> changedPaths) : ISnapshot
{
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public string? ReadText(string path) =>
        _cache.GetOrAdd(path, p => api.GetFileTextAsync(p, headSha, CancellationToken.None).GetAwaiter().GetResult());

    public IEnumerable<string> ListFiles(string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        return changedPaths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
    }
}
