using CoeReview.Analysis;
using CoeReview.Analysis.Benchmarks;

// Usage: CoeReview.Benchmarks [syntax|all] [files]
// One mode per process, so the peak working set belongs to that mode alone.
var mode = args.Length > 0 ? args[0] : "syntax";
var files = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
var options = mode switch
{
    "syntax" => RoslynAnalysisOptions.SyntaxOnly,
    "all" => new RoslynAnalysisOptions(),
    _ => throw new ArgumentException($"unknown mode '{mode}' (syntax|all)"),
};

var result = await AnalysisBenchmark.RunAsync(mode, options, files, cancellationToken: CancellationToken.None);
Console.WriteLine(result);
