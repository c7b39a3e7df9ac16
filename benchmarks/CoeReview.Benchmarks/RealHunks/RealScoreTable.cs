using System.Globalization;
using CoeReview.Core.Experts;
using CoeReview.Evaluation;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>Writes the benchmark's Markdown table: a row per router and split, recall per expert in columns.</summary>
internal sealed class RealScoreTable(TextWriter output)
{
    private IReadOnlyList<string> _experts = [];

    public async Task WriteHeaderAsync(ExpertCatalog catalog, IReadOnlyList<RealCase> cases)
    {
        _experts = catalog.Experts.Select(e => e.Id).ToList();
        foreach (var split in cases.GroupBy(c => c.Split).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var repos = split.GroupBy(c => c.Label.Repo).Select(g => $"{g.Key} {g.Count()}");
            var labels = _experts.Select(e => $"{e} {split.Count(c => c.Label.Experts.Contains(e))}");
            await output.WriteLineAsync(Invariant($"{split.Key}: {split.Count()} hunks of {split.Select(c => c.Label.Commit).Distinct().Count()} commits ({string.Join(", ", repos)}); labelled {string.Join(", ", labels)}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"| router | split | hunks | fallback | recall | {string.Join(" | ", _experts)} | experts/hunk |").ConfigureAwait(false);
        await output.WriteLineAsync($"| --- | --- | ---: | ---: | ---: | {string.Join(" | ", _experts.Select(_ => "---:"))} | ---: |").ConfigureAwait(false);
    }

    public async Task WriteRowAsync(string router, string split, int hunks, RoutingScore score)
    {
        var perExpert = _experts.Select(e => score.Experts.FirstOrDefault(x => x.Expert == e) is { Labelled: > 0 } x ? Invariant($"{x.Recall:0.000} ({x.Labelled})") : "-");
        await output.WriteLineAsync(Invariant($"| {router} | {split} | {hunks} | {score.FallbackRate * 100:0.0} % | {score.Recall:0.000} | {string.Join(" | ", perExpert)} | {score.ExpertsPerHunk:0.00} |")).ConfigureAwait(false);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
