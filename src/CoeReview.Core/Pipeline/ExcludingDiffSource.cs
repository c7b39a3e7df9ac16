using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Pipeline;

/// <summary>Leaves out files matching the config's exclude globs, listing them in coverage as excluded.</summary>
public sealed class ExcludingDiffSource(IDiffSource inner, IReadOnlyList<string> globs) : IDiffSource
{
    public async Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken)
    {
        var diff = await inner.GetDiffAsync(cancellationToken).ConfigureAwait(false);
        if (globs.Count == 0)
        {
            return diff;
        }

        bool Excluded(string path) => globs.Any(g => Glob.IsMatch(g, path));
        var excluded = diff.Files.Where(f => Excluded(f.Path)).Select(f => new SkippedFile(f.Path, "excluded by config")).ToList();
        return diff with
        {
            Files = diff.Files.Where(f => !Excluded(f.Path)).ToList(),
            Skipped = diff.Skipped.Concat(excluded).ToList(),
        };
    }
}
