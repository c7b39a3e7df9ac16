using CoeReview.Cli.Composition;
using CoeReview.Core.Experts;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>Dispatches <c>router-real extract</c> (the labelling sheet) and <c>router-real score</c>.</summary>
internal static class RealHunkCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter log, CancellationToken cancellationToken)
    {
        RealHunkArgs options;
        try
        {
            options = args.Count > 0 ? RealHunkArgs.Parse(args.Skip(1).ToList()) : throw new ArgumentException("router-real extract|score ...");
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await log.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 2;
        }

        var (catalog, errors) = ExpertSources.Load(ExpertFiles.InFolder(options.Experts));
        if (errors.Count > 0)
        {
            await log.WriteLineAsync(string.Join('\n', errors)).ConfigureAwait(false);
            return 2;
        }

        Directory.CreateDirectory(options.Work);
        var diffs = new CommitDiffs(options.Work, catalog);
        switch (args[0])
        {
            case "extract":
                await LabelSheet.RunAsync(options, diffs, log, cancellationToken).ConfigureAwait(false);
                return 0;
            case "score":
                await RealRouterBenchmark.RunAsync(options, diffs, catalog, output, cancellationToken).ConfigureAwait(false);
                return 0;
            default:
                await log.WriteLineAsync($"unknown router-real command '{args[0]}' (extract, score)").ConfigureAwait(false);
                return 2;
        }
    }
}
