using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;
using LibGit2Sharp;

namespace CoeReview.Git;

/// <summary>
/// Uncommitted changes against HEAD: index and working tree with untracked files, or only the
/// index (--staged). Works in a repository with no commits yet.
/// </summary>
public sealed class WorkTreeDiffSource(string repoPath, bool stagedOnly) : IDiffSource
{
    public Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken)
    {
        using var repo = GitRepository.Open(repoPath);
        var root = GitRepository.Root(repo);
        var headTree = repo.Head.Tip?.Tree;
        var targets = stagedOnly ? DiffTargets.Index : DiffTargets.Index | DiffTargets.WorkingDirectory;
        using var patch = repo.Diff.Compare<Patch>(headTree, targets, null, null, GitCompare.Options());
        ISnapshot snapshot = stagedOnly ? GitTreeSnapshot.OfIndex(root) : new WorkingTreeSnapshot(root);
        var (files, skipped) = GitDiffBuilder.Build(patch, path => stagedOnly ? null : SizeOnDisk(root, path));
        cancellationToken.ThrowIfCancellationRequested();
        var baseSha = repo.Head.Tip?.Sha ?? "";
        return Task.FromResult(new DiffSet(root, baseSha, DiffSet.WorkTree, files, skipped, snapshot));
    }

    private static long? SizeOnDisk(string root, string path)
    {
        var full = Path.Combine(root, path);
        return File.Exists(full) ? new FileInfo(full).Length : null;
    }
}
