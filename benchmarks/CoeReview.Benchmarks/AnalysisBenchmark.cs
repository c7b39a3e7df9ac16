using System.Diagnostics;
using CoeReview.Analysis;

namespace CoeReview.Benchmarks;

/// <summary>
/// The foundation benchmark: a synthetic repo with 200 changed C# files and 10,000 changed lines
/// reviewed by the Roslyn engine. Peak memory is the process's (VmHWM), so run it in a fresh process.
/// </summary>
internal static class AnalysisBenchmark
{
    /// <summary>Builds the synthetic repo in a temporary folder, analyses it once and deletes it.</summary>
    public static async Task<BenchmarkResult> RunAsync(string mode, RoslynAnalysisOptions options, int files = 200, int projects = 4, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var root = Path.Combine(Path.GetTempPath(), "coe-review-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var paths = SyntheticRepo.Write(root, files, projects);
            var diff = DiffSets.AllAdded(root, new DirectorySnapshot(root), paths);
            var engine = new RoslynAnalysisEngine(options);
            var watch = Stopwatch.StartNew();
            var found = await engine.AnalyzeAsync(diff, cancellationToken).ConfigureAwait(false);
            watch.Stop();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            return new BenchmarkResult(mode, files, files * SyntheticRepo.LinesPerFile, projects, found.Count, watch.Elapsed.TotalMilliseconds, self.PeakWorkingSet64);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
