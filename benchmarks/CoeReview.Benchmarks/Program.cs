using System.Diagnostics;
using System.Globalization;
using CoeReview.Benchmarks;
using CoeReview.Cli;

// Benchmarks for the figures in the closing notes; run one per process so peak memory is honest:
//   dotnet run --project benchmarks/CoeReview.Benchmarks -c Release -- review [files] [linesPerFile] [experts]
//   ... -- versus-build [files] [linesPerFile] [runs] [experts]     the review next to dotnet build, cold processes
//   ... -- commits REPO [count]                                  real commits reviewed against their parents
var what = args.Length > 0 ? args[0] : "review";
switch (what)
{
    case "review":
        {
            var files = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
            var lines = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
            var experts = args.Length > 3 ? args[3] : "syntax";
            var repo = SyntheticRepo.Create(files, lines);
            var changed = CountAddedLines(repo);
            var output = Path.Combine(repo, "report.json");
            var clock = Stopwatch.StartNew();
            var exit = await CliApp.RunAsync(["review", "--repo", repo, "--experts", experts, "--format", "json", "--output", output, "--fail-level", "none"],
                new CliContext(TextWriter.Null, Console.Error, Environment.GetEnvironmentVariable, TextReader.Null), CancellationToken.None);
            clock.Stop();
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"review: {files} files, {changed} added lines, experts {experts}: exit {exit}, wall {clock.Elapsed.TotalSeconds:0.00} s, peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB"));
            Directory.Delete(repo, true);
            break;
        }

    case "versus-build":
        return await VersusBuild.SyntheticAsync(
            Cli(),
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 318,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50,
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5,
            args.Length > 4 ? args[4] : "syntax,security,performance,tests",
            CancellationToken.None);

    case "commits" when args.Length > 1:
        return await VersusBuild.CommitsAsync(Cli(), Path.GetFullPath(args[1]), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10, CancellationToken.None);

    case "synthetic":
        // Leaves the synthetic repository on disk for a cold-process review: synthetic [files] [linesPerFile]
        Console.WriteLine(SyntheticRepo.Create(
            args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200,
            args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50));
        break;

    case "analysis":
        {
            // The analysis engine alone, without git or the CLI: syntax or all rules.
            var mode = args.Length > 1 ? args[1] : "syntax";
            var files = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
            var options = mode == "all" ? new CoeReview.Analysis.RoslynAnalysisOptions() : CoeReview.Analysis.RoslynAnalysisOptions.SyntaxOnly;
            Console.WriteLine(await AnalysisBenchmark.RunAsync(mode, options, files, cancellationToken: CancellationToken.None));
            break;
        }

    case "router":
        // Routing quality on the labelled set and the time to route 1,000 hunks, model load included.
        await CoeReview.Evaluation.RouterBenchmark.RunAsync(Console.Out, CancellationToken.None);
        break;

    case "router-real":
        // Routing quality on labelled hunks of real commits (see RealHunks/README.md):
        //   router-real extract|score --repo NAME=PATH ... [--range NAME=REVS] [--labels FILE] [--calibration A,B]
        return await CoeReview.Benchmarks.RealHunks.RealHunkCommand.RunAsync(args.Skip(1).ToList(), Console.Out, Console.Error, CancellationToken.None);

    default:
        Console.Error.WriteLine($"unknown benchmark '{what}' (review, versus-build, commits REPO, synthetic, analysis, router, router-real)");
        return 2;
}

return 0;

// The CLI as a user runs it: COE_REVIEW_CLI (an installed tool), else the Release build of this checkout.
static string Cli()
{
    if (Environment.GetEnvironmentVariable("COE_REVIEW_CLI") is { Length: > 0 } installed)
    {
        return installed;
    }

    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoeReview.sln")))
    {
        dir = dir.Parent;
    }

    return Path.Combine(dir?.FullName ?? ".", "src", "CoeReview.Cli", "bin", "Release", "net10.0", "coe-review");
}

static int CountAddedLines(string repo)
{
    using var p = Process.Start(new ProcessStartInfo("git", "diff --numstat") { WorkingDirectory = repo, RedirectStandardOutput = true })!;
    var text = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Sum(l => int.Parse(l.Split('\t')[0], CultureInfo.InvariantCulture));
}
