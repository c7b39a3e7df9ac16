using System.Text.Json;
using CoeReview.Cli.Composition;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;
using CoeReview.Git;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>
/// A real commit's diff as a review of <c>C^..C</c> sees it, and the analysis hits a real review
/// has on it (Roslyn with the experts' rules, the clone unrestored). Hits are cached per commit in
/// the work folder: they depend on the code and the analysis, not on the router being tuned.
/// </summary>
internal sealed class CommitDiffs(string work, ExpertCatalog catalog)
{
    public async Task<DiffSet> DiffAsync(string repo, string commit, CancellationToken cancellationToken) =>
        await new RangeDiffSource(repo, commit + "^", commit, mergeBase: false).GetDiffAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<RoutingHit>> HitsAsync(string name, string commit, DiffSet diff, CancellationToken cancellationToken)
    {
        var file = Path.Combine(work, name, commit + ".hits.json");
        if (File.Exists(file))
        {
            return JsonSerializer.Deserialize<List<RoutingHit>>(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)) ?? [];
        }

        var analysis = await new AnalysisStage(AnalysisEngines.Create(catalog, FilterMode.Added)).RunAsync(diff, catalog, cancellationToken).ConfigureAwait(false);
        var hits = analysis.Hits(catalog);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(hits), cancellationToken).ConfigureAwait(false);
        return hits;
    }

    /// <summary>The C# hunks of a diff, in file and hunk order.</summary>
    public static IEnumerable<(DiffFile File, DiffHunk Hunk)> CSharpHunks(DiffSet diff) =>
        diff.Files.Where(f => f.Extension == ".cs" && !f.IsBinary).SelectMany(f => f.Hunks.Select(h => (f, h)));
}
