using System.Text;
using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;
using CoeReview.GitHub.Api;

namespace CoeReview.GitHub.Diff;

/// <summary>
/// The PR's diff from the files API, for when the base commit is not in the local checkout (a
/// shallow clone). Reads all pages; GitHub lists at most 3000 files and leaves out the patch of
/// binary or very large files — both are reported in <see cref="DiffSet.Skipped"/>, never silently.
/// https://docs.github.com/rest/pulls/pulls#list-pull-requests-files
/// </summary>
public sealed class GitHubPullRequestDiffSource(IGitHubApi api, string repoRoot, ISnapshot? snapshot = null) : IDiffSource
{
    /// <summary>The most files the files API returns for one PR.</summary>
    public const int FilesApiLimit = 3000;

    public async Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken)
    {
        var pr = await api.GetPullRequestAsync(cancellationToken).ConfigureAwait(false);
        var listed = await api.GetFilesAsync(cancellationToken).ConfigureAwait(false);
        var files = new List<DiffFile>();
        var skipped = new List<SkippedFile>();
        foreach (var f in listed)
        {
            if (ToDiffFile(f) is { } file)
            {
                files.Add(file);
            }
            else
            {
                skipped.Add(new SkippedFile(f.FileName, "GitHub sent no patch (binary or too large to show)"));
            }
        }

        if (pr.ChangedFiles > listed.Count)
        {
            skipped.Add(new SkippedFile("…", $"{pr.ChangedFiles - listed.Count} more changed files: GitHub's files API lists at most {FilesApiLimit}"));
        }

        var view = snapshot ?? new GitHubSnapshot(api, pr.HeadSha, files.Select(f => f.Path).ToList());
        return new DiffSet(repoRoot, pr.BaseSha, pr.HeadSha, files, skipped, view);
    }

    /// <summary>Parses one file's patch with the core parser by giving it the headers GitHub leaves out; null when there is no patch to read.</summary>
    public static DiffFile? ToDiffFile(PullRequestFileInfo f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var kind = f.Status switch
        {
            "added" => FileChangeKind.Added,
            "removed" => FileChangeKind.Deleted,
            "renamed" => FileChangeKind.Renamed,
            "copied" => FileChangeKind.Copied,
            _ => FileChangeKind.Modified,
        };
        var oldPath = kind is FileChangeKind.Renamed or FileChangeKind.Copied ? f.PreviousFileName : null;
        if (string.IsNullOrEmpty(f.Patch))
        {
            // A pure rename or a mode change has nothing to show; anything else lost its patch.
            return f.Changes == 0 ? new DiffFile(f.FileName, oldPath, kind, false, []) : null;
        }

        var text = new StringBuilder()
            .Append("--- ").Append(kind == FileChangeKind.Added ? "/dev/null" : "a/" + (oldPath ?? f.FileName)).Append('\n')
            .Append("+++ ").Append(kind == FileChangeKind.Deleted ? "/dev/null" : "b/" + f.FileName).Append('\n')
            .Append(f.Patch).Append('\n')
            .ToString();
        var parsed = UnifiedDiffParser.Parse(text);
        var hunks = parsed.Count == 1 ? parsed[0].Hunks : [];
        return new DiffFile(f.FileName, oldPath, kind, false, hunks);
    }
}
