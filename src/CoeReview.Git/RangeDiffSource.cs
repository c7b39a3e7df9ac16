using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;
using LibGit2Sharp;

namespace CoeReview.Git;

/// <summary>
/// Committed changes. With <c>mergeBase</c> true: merge-base(base, head)..head, what a pull request
/// shows; otherwise exactly base..head (what a push sends). A null base means everything from the root.
/// </summary>
public sealed class RangeDiffSource(string repoPath, string? baseRef, string headRef, bool mergeBase) : IDiffSource
{
    public Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken)
    {
        using var repo = GitRepository.Open(repoPath);
        var root = GitRepository.Root(repo);
        var head = GitRepository.Resolve(repo, headRef);
        Commit? from = null;
        if (baseRef is not null)
        {
            var baseCommit = GitRepository.Resolve(repo, baseRef);
            from = mergeBase
                ? repo.ObjectDatabase.FindMergeBase(baseCommit, head)
                  ?? throw new GitInputException($"no merge base between '{baseRef}' and '{headRef}' (a shallow clone? check out with fetch-depth: 0)")
                : baseCommit;
        }

        using var patch = repo.Diff.Compare<Patch>(from?.Tree, head.Tree, GitCompare.Options());
        var (files, skipped) = GitDiffBuilder.Build(patch, path => head[path]?.Target is Blob b ? b.Size : null);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new DiffSet(root, from?.Sha ?? "", head.Sha, files, skipped, GitTreeSnapshot.OfCommit(root, head.Sha)));
    }
}
