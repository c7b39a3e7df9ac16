using System.Globalization;
using CoeReview.Core.Diff;
using CoeReview.Core.Routing;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>
/// <c>router-real extract</c>: takes the C# hunks of the chosen commits of each clone and writes a
/// sheet to label them by (each hunk's lines and the analysis hits on it, numbered) next to a labels
/// file with the experts left empty. The sheet holds third-party code: it stays in the work folder.
/// </summary>
internal static class LabelSheet
{
    private const int MaxLines = 60;

    public static async Task RunAsync(RealHunkArgs args, CommitDiffs diffs, TextWriter log, CancellationToken cancellationToken)
    {
        var sheetPath = args.Output ?? Path.Combine(args.Work, "sheet.txt");
        await using var sheet = new StreamWriter(sheetPath);
        await using var labels = new StreamWriter(Path.ChangeExtension(sheetPath, ".tsv"));
        await labels.WriteLineAsync(HunkLabel.Header).ConfigureAwait(false);
        var id = 0;
        foreach (var (name, repo) in args.Repos)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var range in args.Ranges.GetValueOrDefault(name) ?? ["HEAD"])
            {
                var taken = 0;
                foreach (var commit in GitCommits.List(repo, range))
                {
                    if (taken >= args.MaxHunksPerRange || !seen.Add(commit))
                    {
                        continue;
                    }

                    DiffSet diff;
                    try
                    {
                        diff = await diffs.DiffAsync(repo, commit, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        await log.WriteLineAsync($"{name} {commit}: skipped, {e.Message}").ConfigureAwait(false);
                        continue;
                    }

                    var hunks = CommitDiffs.CSharpHunks(diff).ToList();
                    if (hunks.Count == 0 || hunks.Count > args.MaxHunksPerCommit)
                    {
                        continue;
                    }

                    var hits = await diffs.HitsAsync(name, commit, diff, cancellationToken).ConfigureAwait(false);
                    foreach (var (file, hunk) in hunks)
                    {
                        id++;
                        await WriteAsync(sheet, id, name, commit, file, hunk, hits).ConfigureAwait(false);
                        await labels.WriteLineAsync(new HunkLabel(name, commit, file.Path, hunk.Header, [], "#" + id).ToLine()).ConfigureAwait(false);
                    }

                    taken += hunks.Count;
                    await log.WriteLineAsync($"{name} {commit[..10]}: {hunks.Count} hunks ({taken} so far)").ConfigureAwait(false);
                }
            }
        }

        await log.WriteLineAsync($"wrote {id} hunks to {sheetPath}").ConfigureAwait(false);
    }

    private static async Task WriteAsync(TextWriter sheet, int id, string name, string commit, DiffFile file, DiffHunk hunk, IReadOnlyList<RoutingHit> hits)
    {
        var onHunk = hits.Where(h => h.Path == file.Path && hunk.ContainsNewLine(h.Line)).Select(h => $"{h.Expert}({h.Reason}@{h.Line})").Distinct().ToList();
        await sheet.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"### {id} {name} {commit[..10]} {file.Path} {hunk.Header} {hunk.Section}")).ConfigureAwait(false);
        if (onHunk.Count > 0)
        {
            await sheet.WriteLineAsync("hits: " + string.Join(' ', onHunk)).ConfigureAwait(false);
        }

        foreach (var line in hunk.Lines.Take(MaxLines))
        {
            var mark = line.Kind switch { DiffLineKind.Added => '+', DiffLineKind.Deleted => '-', _ => ' ' };
            var text = line.Text.TrimEnd();
            await sheet.WriteLineAsync(mark + (text.Length > 150 ? text[..150] + "…" : text)).ConfigureAwait(false);
        }

        if (hunk.Lines.Count > MaxLines)
        {
            await sheet.WriteLineAsync($"… {hunk.Lines.Count - MaxLines} more lines").ConfigureAwait(false);
        }
    }
}
