using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Pipeline;

/// <summary>
/// Leaves out files matching the config's exclude globs and generated code, listing them in coverage
/// with the reason ("excluded by config", "generated code").
/// </summary>
public sealed class ExcludingDiffSource(IDiffSource inner, IReadOnlyList<string> globs) : IDiffSource
{
    public async Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken)
    {
        var diff = await inner.GetDiffAsync(cancellationToken).ConfigureAwait(false);
        string? Reason(DiffFile f) =>
            globs.Any(g => Glob.IsMatch(g, f.Path)) ? "excluded by config"
            : f.Kind != FileChangeKind.Deleted && !f.IsBinary && GeneratedCode.IsGenerated(f.Path, diff.Snapshot.ReadText(f.Path)) ? "generated code"
            : null;
        var reasons = diff.Files.Select(f => (File: f, Reason: Reason(f))).ToList();
        if (reasons.All(r => r.Reason is null))
        {
            return diff;
        }

        return diff with
        {
            Files = reasons.Where(r => r.Reason is null).Select(r => r.File).ToList(),
            Skipped = diff.Skipped.Concat(reasons.Where(r => r.Reason is not null).Select(r => new SkippedFile(r.File.Path, r.Reason!))).ToList(),
        };
    }
}
