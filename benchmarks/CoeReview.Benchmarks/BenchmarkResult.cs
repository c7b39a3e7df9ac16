namespace CoeReview.Benchmarks;

/// <summary>One benchmark run: what was reviewed, how long it took and the process's peak memory.</summary>
internal sealed record BenchmarkResult(string Mode, int Files, int ChangedLines, int Projects, int Findings, double WallMs, long PeakWorkingSetBytes)
{
    public double PeakMegabytes => PeakWorkingSetBytes / (1024.0 * 1024.0);

    public override string ToString() =>
        FormattableString.Invariant($"{Mode}: {Files} files, {ChangedLines} changed lines, {Projects} projects -> {Findings} findings in {WallMs:F0} ms, peak {PeakMegabytes:F0} MB");
}
