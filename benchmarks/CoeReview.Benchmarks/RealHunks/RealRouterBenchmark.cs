using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;
using CoeReview.Evaluation;
using CoeReview.Routing;
using CoeReview.Routing.Embedding;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>
/// <c>router-real score</c>: routes every labelled commit of the clones as a review would (the
/// commit's whole diff, the real analysis hits) and scores the labelled hunks: fallback rate, recall
/// per expert and experts per hunk, for the calibration repositories and the held-out ones apart.
/// With <c>--custom</c> files it routes again with those experts added and counts the routes of the
/// other experts that the addition took away (the router's rule: there must be none).
/// </summary>
internal static class RealRouterBenchmark
{
    private static readonly string[] s_splits = ["calibration", "held-out"];

    public static async Task RunAsync(RealHunkArgs args, CommitDiffs diffs, ExpertCatalog catalog, TextWriter output, CancellationToken cancellationToken)
    {
        var labels = HunkLabel.Read(args.Labels ?? throw new ArgumentException("score needs --labels FILE"));
        using var model = new MiniLmEmbedder();
        var cases = await GatherAsync(args, diffs, catalog, labels, model, cancellationToken).ConfigureAwait(false);
        if (args.Sweep)
        {
            var calibration = cases.Where(c => c.Split == "calibration").ToList();
            foreach (var (name, options) in RouterVariants.Sweep())
            {
                var score = Score(calibration, c => Decide(c, options, true));
                var perExpert = string.Join(" ", score.Experts.Select(e => $"{e.Expert[..4]} {e.Recall:0.000}"));
                await output.WriteLineAsync($"{name,-40} fallback {score.FallbackRate * 100,5:0.0} % recall {score.Recall:0.000} {perExpert} experts/hunk {score.ExpertsPerHunk:0.00}").ConfigureAwait(false);
            }

            return;
        }

        var table = new RealScoreTable(output);
        await table.WriteHeaderAsync(catalog, cases).ConfigureAwait(false);
        await WriteRowsAsync(table, cases, "").ConfigureAwait(false);
        foreach (var split in s_splits)
        {
            var part = cases.Where(c => c.Split == split).ToList();
            await table.WriteRowAsync("rules", split, part.Count, Score(part, c => c.Rules)).ConfigureAwait(false);
        }

        if (args.Custom.Count > 0)
        {
            var custom = args.Custom.Select(LoadExpert).ToList();
            var extended = new ExpertCatalog(catalog.Experts.Concat(custom));
            var withCustom = await GatherAsync(args, diffs, extended, labels, model, cancellationToken).ConfigureAwait(false);
            var suffix = " + " + string.Join(", ", custom.Select(e => e.Id));
            await WriteRowsAsync(table, withCustom, suffix).ConfigureAwait(false);
            foreach (var (name, options, hits) in RouterVariants.All())
            {
                var lost = cases.Zip(withCustom, (a, b) => Decide(a, options, hits).Experts.Except(Decide(b, options, hits).Experts).Count()).Sum();
                await output.WriteLineAsync($"{name}{suffix}: {lost} routes of the other experts taken away").ConfigureAwait(false);
            }
        }

        if (args.Output is not null)
        {
            var (_, options, useHits) = RouterVariants.All().First();
            var fallbacks = cases.Select(c => (Case: c, Decision: Decide(c, options, useHits))).Where(x => x.Decision.Fallback)
                .Select(x => $"fallback {x.Case.Label.Repo} {x.Case.Label.Commit[..10]} {x.Case.Label.File} {x.Case.Label.Hunk} ({x.Case.Label.Reason}): {string.Join(" ", x.Decision.Scores.Select(s => $"{s.Key}={s.Value:0.00}"))}");
            await File.WriteAllLinesAsync(args.Output, Score(cases, c => Decide(c, options, useHits)).Misses.Concat(fallbacks), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteRowsAsync(RealScoreTable table, IReadOnlyList<RealCase> cases, string suffix)
    {
        foreach (var (name, options, hits) in RouterVariants.All())
        {
            foreach (var split in s_splits)
            {
                var part = cases.Where(c => c.Split == split).ToList();
                await table.WriteRowAsync(name + suffix, split, part.Count, Score(part, c => Decide(c, options, hits))).ConfigureAwait(false);
            }
        }
    }

    private static async Task<IReadOnlyList<RealCase>> GatherAsync(RealHunkArgs args, CommitDiffs diffs, ExpertCatalog catalog, IReadOnlyList<HunkLabel> labels, MiniLmEmbedder model, CancellationToken cancellationToken)
    {
        var cases = new List<RealCase>();
        var cache = Path.Combine(args.Work, "embeddings.bin");
        foreach (var commit in labels.GroupBy(l => (l.Repo, l.Commit)))
        {
            var repo = args.Repos.GetValueOrDefault(commit.Key.Repo) ?? throw new ArgumentException($"no --repo {commit.Key.Repo}=PATH for the labels");
            var diff = await diffs.DiffAsync(repo, commit.Key.Commit, cancellationToken).ConfigureAwait(false);
            var hits = await diffs.HitsAsync(commit.Key.Repo, commit.Key.Commit, diff, cancellationToken).ConfigureAwait(false);
            var router = new EmbeddingRouter(model, new EmbeddingRouterOptions { CacheFile = cache });
            var evidence = await router.GatherAsync(diff, catalog, RoutingHints.Of(hits), cancellationToken).ConfigureAwait(false);
            var rules = await new RuleRouter().RouteAsync(diff, catalog, RoutingHints.None, cancellationToken).ConfigureAwait(false);
            foreach (var label in commit)
            {
                var found = evidence.FirstOrDefault(e => e.Path == label.File && e.Hunk == label.Hunk)
                    ?? throw new InvalidOperationException($"{label.Repo} {label.Commit} {label.File} {label.Hunk}: no such hunk in the commit's diff");
                var rule = rules.Decisions.First(d => d.Path == label.File && d.Hunk == label.Hunk);
                cases.Add(new RealCase(label, args.Calibration.Contains(label.Repo) ? "calibration" : "held-out", found, rule, diff.Find(label.File)!, catalog));
            }
        }

        return cases;
    }

    // As EmbeddingRouter.RouteAsync decides: with the experts' own thresholds from their files.
    private static RouteDecision Decide(RealCase c, EmbeddingRouterOptions options, bool useHits) =>
        RouteScorer.Decide(useHits ? c.Evidence : c.Evidence with { Hits = new Dictionary<string, string>() }, EmbeddingRouter.OptionsFor(c.Catalog, options));

    private static ExpertDefinition LoadExpert(string path)
    {
        var (expert, errors) = ExpertLoader.Load(path, File.ReadAllText(path));
        return expert is not null && errors.Count == 0 ? expert : throw new ArgumentException($"{path}: {string.Join("; ", errors)}");
    }

    private static RoutingScore Score(IReadOnlyList<RealCase> cases, Func<RealCase, RouteDecision> decide)
    {
        var labelled = cases.Select(c => new LabelledHunk(c.File, c.Label.Experts.ToHashSet(StringComparer.Ordinal), $"{c.Label.Repo} {c.Label.Commit[..10]} {c.Label.Hunk} ({c.Label.Reason})", [])).ToList();
        return RoutingScore.Of(labelled, new RoutingPlan(cases.Select(decide).ToList()));
    }
}
