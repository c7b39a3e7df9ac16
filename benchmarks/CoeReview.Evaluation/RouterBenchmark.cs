using System.Diagnostics;
using System.Globalization;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;
using CoeReview.Routing;
using CoeReview.Routing.Embedding;

namespace CoeReview.Evaluation;

/// <summary>
/// Measures the embedding router: quality on a labelled set (recall, experts per hunk, per expert,
/// against the rules router) and the time to route many hunks with a cold model and an empty
/// cache, then again with the cache warm.
/// </summary>
public static class RouterBenchmark
{
    public static async Task<RoutingScore> RunAsync(TextWriter output, CancellationToken cancellationToken, int labelled = 400, int timed = 1000)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (catalog, _) = ExpertSources.Load(null);
        var cacheFile = Path.Combine(Path.GetTempPath(), $"coe-router-bench-{Environment.ProcessId}.bin");
        try
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var timedSet = LabelledSet.Generate(timed, seed: 11);
            using (var model = new MiniLmEmbedder())
            {
                var router = new EmbeddingRouter(model, new EmbeddingRouterOptions { CacheFile = cacheFile });
                var plan = await router.RouteAsync(LabelledSet.ToDiff(timedSet), catalog, RoutingHints.None, cancellationToken).ConfigureAwait(false);
                var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                await output.WriteLineAsync(Invariant($"cold: {timed} hunks routed in {clock.Elapsed.TotalSeconds:0.00} s wall, {used.TotalSeconds:0.00} s CPU, model load included; {plan.RouterTokens / (double)timed:0.0} tokens per hunk embedded; {plan.PairCount / (double)timed:0.00} experts per hunk")).ConfigureAwait(false);
                if (CoeReview.Core.Pipeline.StageProfile.Enabled)
                {
                    CoeReview.Core.Pipeline.StageProfile.Write(output);
                    CoeReview.Core.Pipeline.StageProfile.Reset();
                }
            }

            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            using (var model = new MiniLmEmbedder())
            {
                var router = new EmbeddingRouter(model, new EmbeddingRouterOptions { CacheFile = cacheFile });
                await router.RouteAsync(LabelledSet.ToDiff(timedSet), catalog, RoutingHints.None, cancellationToken).ConfigureAwait(false);
                var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                await output.WriteLineAsync(Invariant($"warm: {timed} hunks routed in {clock.Elapsed.TotalSeconds:0.00} s wall, {used.TotalSeconds:0.00} s CPU; cache hits {router.Embedder.Hits}, model loaded: {model.IsLoaded}")).ConfigureAwait(false);
            }

            var set = LabelledSet.Generate(labelled, seed: 7);
            var diff = LabelledSet.ToDiff(set);
            using var quality = new MiniLmEmbedder();
            var withHints = await new EmbeddingRouter(quality, new EmbeddingRouterOptions()).RouteAsync(diff, catalog, LabelledHints.Of(set), cancellationToken).ConfigureAwait(false);
            var withoutHints = await new EmbeddingRouter(quality, new EmbeddingRouterOptions()).RouteAsync(diff, catalog, RoutingHints.None, cancellationToken).ConfigureAwait(false);
            var rules = await new RuleRouter().RouteAsync(diff, catalog, RoutingHints.None, cancellationToken).ConfigureAwait(false);
            var score = RoutingScore.Of(set, withHints);
            await output.WriteLineAsync(Invariant($"labelled set: {set.Count} hunks from {set.Select(s => s.Template).Distinct().Count()} templates, {score.LabelsPerHunk:0.00} labels per hunk")).ConfigureAwait(false);
            await WriteAsync(output, "embedding + analysis hits", score).ConfigureAwait(false);
            await WriteAsync(output, "embedding, no hits", RoutingScore.Of(set, withoutHints)).ConfigureAwait(false);
            await WriteAsync(output, "rules", RoutingScore.Of(set, rules)).ConfigureAwait(false);
            return score;
        }
        finally
        {
            File.Delete(cacheFile);
        }
    }

    private static async Task WriteAsync(TextWriter output, string name, RoutingScore score)
    {
        await output.WriteLineAsync(Invariant($"{name}: recall {score.Recall:0.000}, {score.ExpertsPerHunk:0.00} experts per hunk, fallback {score.FallbackRate:P1}")).ConfigureAwait(false);
        await output.WriteLineAsync("    expert        labelled  routed  recall  precision").ConfigureAwait(false);
        foreach (var e in score.Experts)
        {
            await output.WriteLineAsync(Invariant($"    {e.Expert,-12} {e.Labelled,9} {e.Routed,7} {e.Recall,7:0.000} {e.Precision,10:0.000}")).ConfigureAwait(false);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
