using System.Text;
using CoeReview.Core.Diff;
using LibGit2Sharp;

namespace CoeReview.Git;

/// <summary>
/// Turns a LibGit2Sharp patch into Core's diff model. LibGit2Sharp has no hunk objects, so each
/// file's patch text goes through the same unified-diff parser that reads diff files; files that
/// are binary, too large or not UTF-8 are skipped with a reason.
/// </summary>
internal static class GitDiffBuilder
{
    public const long MaxFileBytes = 1024 * 1024;

    public static (List<DiffFile> Files, List<SkippedFile> Skipped) Build(Patch patch, Func<string, long?> newSize)
    {
        var files = new List<DiffFile>();
        var skipped = new List<SkippedFile>();
        foreach (var entry in patch)
        {
            var path = entry.Status == ChangeKind.Deleted ? entry.OldPath : entry.Path;
            if (entry.IsBinaryComparison)
            {
                skipped.Add(new SkippedFile(path, "binary"));
                continue;
            }

            if (newSize(entry.Path) is > MaxFileBytes)
            {
                skipped.Add(new SkippedFile(path, "larger than 1 MB"));
                continue;
            }

            if (!IsUtf8(entry.Patch))
            {
                skipped.Add(new SkippedFile(path, "not UTF-8 text"));
                continue;
            }

            var parsed = UnifiedDiffParser.Parse(entry.Patch);
            var hunks = parsed.Count > 0 ? parsed[0].Hunks : [];
            files.Add(new DiffFile(path, Kind(entry) is FileChangeKind.Renamed or FileChangeKind.Copied ? entry.OldPath : null, Kind(entry), false, hunks));
        }

        return (files, skipped);
    }

    private static FileChangeKind Kind(PatchEntryChanges entry) => entry.Status switch
    {
        ChangeKind.Added or ChangeKind.Untracked => FileChangeKind.Added,
        ChangeKind.Deleted => FileChangeKind.Deleted,
        ChangeKind.Renamed => FileChangeKind.Renamed,
        ChangeKind.Copied => FileChangeKind.Copied,
        _ => FileChangeKind.Modified,
    };

    // libgit2 hands patch text as UTF-8 with U+FFFD for bytes it could not decode.
    private static bool IsUtf8(string text) => !text.Contains('\uFFFD', StringComparison.Ordinal);

    public static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return "\uFFFD";
        }
    }
}
