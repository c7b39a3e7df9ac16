using LibGit2Sharp;

namespace CoeReview.Git.Hooks;

/// <summary>
/// Decides what a push sends from the lines git writes to a pre-push hook's stdin,
/// <c>&lt;local ref&gt; &lt;local sha&gt; &lt;remote ref&gt; &lt;remote sha&gt;</c>
/// (https://git-scm.com/docs/githooks#_pre_push): deleted refs are skipped; an existing remote ref
/// gives merge-base(remote, local)..local; a new branch gives the commits not yet on any
/// remote-tracking ref of that remote, based on the first commit of its first-parent line that is.
/// </summary>
public sealed class PrePushRangeResolver(string repoPath)
{
    private static readonly string s_zero = new('0', 40);

    /// <param name="remote">The remote's name, or its URL when the push named no remote (git's first hook argument).</param>
    /// <param name="url">The URL pushed to (git's second argument).</param>
    /// <param name="stdinLines">The lines git wrote to the hook's stdin.</param>
    public IReadOnlyList<PushRange> Resolve(string remote, string? url, IEnumerable<string> stdinLines)
    {
        ArgumentNullException.ThrowIfNull(stdinLines);
        var found = Repository.Discover(Path.GetFullPath(repoPath)) ?? throw new GitInputException($"'{repoPath}' is not inside a git repository");
        using var repo = new Repository(found);
        var ranges = new List<PushRange>();
        foreach (var raw in stdinLines)
        {
            var parts = raw.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 4)
            {
                continue;
            }

            var (localRef, localSha, remoteRef, remoteSha) = (parts[0], parts[1], parts[2], parts[3]);
            if (IsZero(localSha))
            {
                continue;
            }

            var local = repo.Lookup<Commit>(localSha) ?? throw new GitInputException($"pre-push: unknown local commit {localSha}");
            PushRange? range = null;
            if (!IsZero(remoteSha))
            {
                range = Existing(repo, local, remoteSha, localRef, remoteRef, out var upToDate);
                if (upToDate)
                {
                    continue;
                }
            }

            range ??= NewBranch(repo, local, RemoteName(repo, remote, url), localRef, remoteRef);
            if (range is not null)
            {
                ranges.Add(range);
            }
        }

        return ranges;
    }

    private static bool IsZero(string sha) => sha == s_zero || (sha.Length > 0 && sha.All(c => c == '0'));

    /// <summary>merge-base(remote, local)..local; null with upToDate when nothing new, null without it when the remote commit is unknown here or unrelated.</summary>
    private static PushRange? Existing(Repository repo, Commit local, string remoteSha, string localRef, string remoteRef, out bool upToDate)
    {
        upToDate = false;
        var remote = repo.Lookup<Commit>(remoteSha);
        if (remote is null)
        {
            return null;
        }

        var mergeBase = repo.ObjectDatabase.FindMergeBase(local, remote);
        if (mergeBase is null)
        {
            return null;
        }

        if (mergeBase.Sha == local.Sha)
        {
            upToDate = true;
            return null;
        }

        var count = repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = local, ExcludeReachableFrom = mergeBase }).Count();
        return new PushRange(localRef, remoteRef, mergeBase.Sha, local.Sha, count);
    }

    private static PushRange? NewBranch(Repository repo, Commit local, string? remoteName, string localRef, string remoteRef)
    {
        var tips = remoteName is null
            ? []
            : repo.Refs.Where(r => r.CanonicalName.StartsWith($"refs/remotes/{remoteName}/", StringComparison.Ordinal))
                .Select(r => r.ResolveToDirectReference()?.Target as Commit)
                .OfType<Commit>()
                .ToList();
        var filter = new CommitFilter { IncludeReachableFrom = local };
        if (tips.Count > 0)
        {
            filter.ExcludeReachableFrom = tips;
        }

        var fresh = repo.Commits.QueryBy(filter).Select(c => c.Sha).ToHashSet(StringComparer.Ordinal);
        if (fresh.Count == 0)
        {
            return null;
        }

        var at = local;
        while (at is not null && fresh.Contains(at.Sha))
        {
            at = at.Parents.FirstOrDefault();
        }

        return new PushRange(localRef, remoteRef, at?.Sha, local.Sha, fresh.Count);
    }

    private static string? RemoteName(Repository repo, string remote, string? url)
    {
        // Indexing Remotes by a URL throws (not a valid remote name), so search by hand.
        var remotes = repo.Network.Remotes.ToList();
        return remotes.FirstOrDefault(r => r.Name == remote)?.Name
            ?? remotes.FirstOrDefault(r => r.Url == remote || (url is not null && (r.Url == url || r.PushUrl == url)))?.Name;
    }
}
