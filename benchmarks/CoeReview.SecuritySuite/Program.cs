using System.Diagnostics;
using System.Globalization;
using CoeReview.SecuritySuite;
using CoeReview.SecuritySuite.Corpus;

// Measures CoeReview's security findings, NetAnalyzers alone and SecurityCodeScan alone on NIST SARD's
// Juliet Test Suite v1.3 for C#, scored per flow (bad vs. good*) in 11 categories:
//   dotnet benchmarks/CoeReview.SecuritySuite/bin/Release/net10.0/CoeReview.SecuritySuite.dll --juliet /tmp/juliet/.../src --out report.md
const int Success = 0;
const int InvalidInput = 2;
if (args is ["--labels", var labelFile, "--reports", var reportFolder])
{
    // Judged lines of public repositories (Corpus/*.tsv) against coe-review's JSON reports of them.
    try
    {
        Console.Write(CorpusScorer.Score(CorpusScorer.Read(labelFile), reportFolder));
        return Success;
    }
    catch (Exception e) when (e is ArgumentException or IOException or System.Text.Json.JsonException or KeyNotFoundException)
    {
        Console.Error.WriteLine(e.Message);
        return InvalidInput;
    }
}

SuiteOptions options;
try
{
    options = SuiteOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return InvalidInput;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var clock = Stopwatch.StartNew();
SuiteSample sample;
try
{
    sample = SuiteRunner.Prepare(options.Juliet, options.WorkDirectory, options.PerCategory, options.Seed);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return InvalidInput;
}

Console.Error.WriteLine($"{sample.Cases.Count} cases, {sample.Diff.Files.Count} files written to {options.WorkDirectory} in {clock.Elapsed.TotalSeconds:0}s");
var scores = new List<SuiteScore>();
var timings = new List<string>();
foreach (var tool in options.Tools)
{
    var started = clock.Elapsed;
    scores.Add(await SuiteRunner.RunToolAsync(tool, sample, cancel.Token));
    timings.Add(string.Create(CultureInfo.InvariantCulture, $"{SuiteTools.DisplayName(tool)} {(clock.Elapsed - started).TotalSeconds:0}s"));
    Console.Error.WriteLine($"{tool}: {timings[^1]}");
}

var header = string.Create(CultureInfo.InvariantCulture,
    $"Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC: --per-category {options.PerCategory} --seed {options.Seed}, {sample.Cases.Count} cases, {Environment.ProcessorCount} cores, {string.Join(", ", timings)}.");
await File.WriteAllTextAsync(options.Output, SuiteReport.Markdown(sample, scores, header), cancel.Token);
if (options.Misses is not null)
{
    var lines = scores.SelectMany(s => s.Misses.Select(m => $"{s.Tool} {m}"))
        .Concat(sample.Skipped.Select(s => $"skipped {s}"));
    await File.WriteAllLinesAsync(options.Misses, lines, cancel.Token);
}

Console.Error.WriteLine($"wrote {options.Output}");
return Success;
