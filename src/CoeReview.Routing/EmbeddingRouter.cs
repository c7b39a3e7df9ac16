using System.Collections.ObjectModel;
using System.Numerics.Tensors;
using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;
using CoeReview.Routing.Embedding;

namespace CoeReview.Routing;

/// <summary>
/// Routes like Samba-CoE's router: each hunk (path, enclosing member, changed lines) is embedded
/// with a small sentence model and classified by its nearest neighbours among the experts'
/// example snippets and descriptions, combined with the experts' rule signals and the analysis
/// stage's hits. See <see cref="RouteScorer"/> for the decision.
/// </summary>
public sealed class EmbeddingRouter : IRouter
{
    private readonly CachedEmbedder _embedder;
    private readonly EmbeddingRouterOptions _options;
    private readonly Dictionary<ExpertCatalog, ExpertIndex> _indexes = [];

    public EmbeddingRouter(ITextEmbedder embedder, EmbeddingRouterOptions options)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _embedder = embedder as CachedEmbedder ?? new CachedEmbedder(embedder, new EmbeddingCache(options.CacheFile, embedder.ModelId));
    }

    /// <summary>The embedder with its cache, for statistics.</summary>
    public CachedEmbedder Embedder => _embedder;

    public async Task<RoutingPlan> RouteAsync(DiffSet diff, ExpertCatalog catalog, Task<IReadOnlyList<RoutingHit>> hints, CancellationToken cancellationToken)
    {
        var evidence = await GatherAsync(diff, catalog, hints, cancellationToken).ConfigureAwait(false);
        var options = OptionsFor(catalog, _options);
        return new RoutingPlan(evidence.Select(e => RouteScorer.Decide(e, options)).ToList());
    }

    /// <summary>The evidence per hunk, before any decision: what the benchmark tunes the decision on.</summary>
    public async Task<IReadOnlyList<HunkEvidence>> GatherAsync(DiffSet diff, ExpertCatalog catalog, Task<IReadOnlyList<RoutingHit>> hints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(hints);
        // The analysis (seconds of Roslyn) and the embedding (the model's load, then the hunks) meet only
        // here at the end, so they run side by side: the analysis on the pool, the embedding on this thread.
        var pending = hints;
        var hunks = diff.Files.SelectMany(f => f.Hunks.Select((h, i) => (File: f, Hunk: h, Index: i))).ToList();
        if (hunks.Count == 0)
        {
            await pending.ConfigureAwait(false);
            return [];
        }

        var builtIn = catalog.Experts.Select(e => e.Id).Where(ExpertSources.BuiltInIds.Contains).ToHashSet(StringComparer.Ordinal);
        List<string> texts;
        using (CoeReview.Core.Pipeline.StageProfile.Stage("route: hunk texts"))
        {
            texts = hunks.Select(h => HunkText.For(h.File, h.Hunk, diff.Snapshot)).ToList();
        }

        var index = IndexFor(catalog, cancellationToken);
        var vectors = _embedder.Embed(texts, cancellationToken);
        _embedder.Cache.Save();
        // All but the analysis hits is known before the analysis ends, so it is scored here, beside the analysis:
        // the neighbours and token counts of 318 hunks took a third of a second after it, on one core.
        var evidence = new List<HunkEvidence>(hunks.Count);
        using (CoeReview.Core.Pipeline.StageProfile.Stage("route: similarity and signals"))
        {
            for (var i = 0; i < hunks.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (file, hunk, hunkIndex) = hunks[i];
                var changed = RuleSignals.ChangedText(hunk);
                var signals = catalog.Experts.ToDictionary(e => e.Id, e => RuleSignals.Of(file.Path, changed, e), StringComparer.Ordinal);
                var eligible = catalog.Experts
                    .Where(e => signals[e.Id].Any || (!signals[e.Id].Excluded && e.Routing.Languages.Count == 0 && e.Routing.Paths.Count == 0))
                    .Select(e => e.Id)
                    .ToHashSet(StringComparer.Ordinal);
                var neighbours = index.Items
                    .Select(x => (Example: x, Similarity: (double)TensorPrimitives.Dot(vectors[i], x.Vector)))
                    .OrderByDescending(n => n.Similarity)
                    .ToList();
                evidence.Add(new HunkEvidence(file.Path, hunkIndex, hunk.Header, _embedder.CountTokens(texts[i]), eligible, signals, ReadOnlyDictionary<string, string>.Empty, neighbours) { BuiltIn = builtIn });
            }
        }

        var hits = await pending.ConfigureAwait(false);
        using var scoring = CoeReview.Core.Pipeline.StageProfile.Stage("route: evidence");
        for (var i = 0; i < hunks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (file, hunk, _) = hunks[i];
            var onHunk = hits.Where(h => h.Path == file.Path && hunk.ContainsNewLine(h.Line) && catalog.Find(h.Expert) is not null)
                .GroupBy(h => h.Expert, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal);
            evidence[i] = evidence[i] with { Hits = onHunk };
        }

        return evidence;
    }

    /// <summary>
    /// The options with each expert's own <c>routing.threshold</c> from its file; thresholds set in
    /// <paramref name="options"/> itself win over the files.
    /// </summary>
    public static EmbeddingRouterOptions OptionsFor(ExpertCatalog catalog, EmbeddingRouterOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        var thresholds = catalog.Experts.Where(e => e.Routing.Threshold is not null).ToDictionary(e => e.Id, e => e.Routing.Threshold!.Value, StringComparer.Ordinal);
        foreach (var (id, threshold) in options.Thresholds)
        {
            thresholds[id] = threshold;
        }

        return options with { Thresholds = thresholds };
    }

    private ExpertIndex IndexFor(ExpertCatalog catalog, CancellationToken cancellationToken)
    {
        lock (_indexes)
        {
            if (!_indexes.TryGetValue(catalog, out var index))
            {
                using var stage = CoeReview.Core.Pipeline.StageProfile.Stage("route: expert index");
                index = ExpertIndex.Build(catalog, _embedder, cancellationToken);
                _indexes[catalog] = index;
            }

            return index;
        }
    }
}
