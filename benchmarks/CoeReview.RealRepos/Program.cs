using System.Globalization;
using CoeReview.Benchmarks.Shared;
using CoeReview.RealRepos;

// Measures coe-review on local clones of real repositories, with and without restored packages, and
// checks its compiler diagnostics against a real build. It runs the CLI as a process, so any build of it
// (an old one, or the one being rewritten) can be measured the same way:
//   dotnet run --project benchmarks/CoeReview.RealRepos -c Release -- --repo /tmp/rr/foo:10 --cli path/to/coe-review.dll --out results.md
BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

Directory.CreateDirectory(options.WorkDirectory);
var runner = new ProcessRunner(options.Timeout);
var benchmark = new RepoBenchmark(options, runner, Console.Error);
var results = new List<RepoResult>();
var started = DateTimeOffset.UtcNow;
foreach (var repo in options.Repos)
{
    results.Add(await benchmark.RunAsync(repo, cancel.Token));
}

using (var writer = new StreamWriter(options.Output))
{
    writer.WriteLine("# coe-review on real repositories");
    writer.WriteLine();
    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"CLI `{options.Cli}`, run {started:yyyy-MM-dd HH:mm} UTC for {(DateTimeOffset.UtcNow - started).TotalMinutes:0} min, {Environment.ProcessorCount} cores, modes {string.Join(", ", options.Modes.Select(SummaryTables.Mode))}."));
    writer.WriteLine();
    SummaryTables.WriteResults(writer, results, options.Modes);
    SummaryTables.WriteAgreement(writer, results);
    DetailTables.WriteTopErrorRules(writer, results, options.Modes);
    DetailTables.WriteDisagreements(writer, results);
    DetailTables.WriteFailures(writer, results);
    SummaryTables.WriteRepositories(writer, results);
    DetailTables.WritePerCommit(writer, results);
}

Console.Error.WriteLine($"wrote {options.Output}");
return 0;
