using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;
using CoeReview.Routing;
using CoeReview.Routing.Embedding;
using CoeReview.Routing.Evaluation;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>
/// <c>router-real score</c>: routes every labelled commit of the clones as a review would (the
/// commit's whole diff, the real analysis hits) and scores the labelled hunks: fallback rate, recall
/// per expert and experts per hunk, for the calibration repositories and the held-out ones apart.
/// </summary>
internal static class RealRouterBenchmark
{
    public static async Task RunAsync(RealHunkArgs args, CommitDiffs diffs, ExpertCatalog catalog, TextWriter output, CancellationToken cancellationToken)
    {
        var labels = HunkLabel.Read(args.Labels ?? throw new ArgumentException("score needs --labels FILE"));
        var cases = new List<RealCase>();
        using var model = new MiniLmEmbedder();
        var cache = Path.Combine(args.Work, "embeddings.bin");
        foreach (var commit in labels.GroupBy(l => (l.Repo, l.Commit)))
        {
            var repo = args.Repos.GetValueOrDefault(commit.Key.Repo) ?? throw new ArgumentException($"no --repo {commit.Key.Repo}=PATH for the labels");
            var diff = await diffs.DiffAsync(repo, commit.Key.Commit, cancellationToken).ConfigureAwait(false);
            var hits = await diffs.HitsAsync(commit.Key.Repo, commit.Key.Commit, diff, cancellationToken).ConfigureAwait(false);
            var router = new EmbeddingRouter(model, new EmbeddingRouterOptions { CacheFile = cache }, new CachedHints(hits));
            var evidence = await router.GatherAsync(diff, catalog, cancellationToken).ConfigureAwait(false);
            var rules = await new RuleRouter().RouteAsync(diff, catalog, cancellationToken).ConfigureAwait(false);
            foreach (var label in commit)
            {
                var found = evidence.FirstOrDefault(e => e.Path == label.File && e.Hunk == label.Hunk)
                    ?? throw new InvalidOperationException($"{label.Repo} {label.Commit} {label.File} {label.Hunk}: no such hunk in the commit's diff");
                var rule = rules.Decisions.First(d => d.Path == label.File && d.Hunk == label.Hunk);
                cases.Add(new RealCase(label, Split(args, label.Repo), found, rule, DiffFileOf(diff, label)));
            }
        }

        var table = new RealScoreTable(output);
        await table.WriteHeaderAsync(catalog, cases).ConfigureAwait(false);
        foreach (var (name, options) in RouterVariants.All())
        {
            foreach (var split in new[] { "calibration", "held-out" })
            {
                var part = cases.Where(c => c.Split == split).ToList();
                await table.WriteRowAsync(name, split, part.Count, Score(part, c => RouteScorer.Decide(c.Evidence, options))).ConfigureAwait(false);
            }
        }

        foreach (var split in new[] { "calibration", "held-out" })
        {
            var part = cases.Where(c => c.Split == split).ToList();
            await table.WriteRowAsync("rules", split, part.Count, Score(part, c => c.Rules)).ConfigureAwait(false);
        }

        if (args.Output is not null)
        {
            await File.WriteAllLinesAsync(args.Output, Score(cases, c => RouteScorer.Decide(c.Evidence, new EmbeddingRouterOptions())).Misses, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Split(RealHunkArgs args, string repo) => args.Calibration.Contains(repo) ? "calibration" : "held-out";

    private static DiffFile DiffFileOf(DiffSet diff, HunkLabel label) => diff.Find(label.File)!;

    private static RoutingScore Score(IReadOnlyList<RealCase> cases, Func<RealCase, RouteDecision> decide)
    {
        var labelled = cases.Select(c => new LabelledHunk(c.File, c.Label.Experts.ToHashSet(StringComparer.Ordinal), $"{c.Label.Repo} {c.Label.Commit[..10]} {c.Label.Hunk} ({c.Label.Reason})", [])).ToList();
        return RoutingScore.Of(labelled, new RoutingPlan(cases.Select(decide).ToList()));
    }
}
