using System.Globalization;

namespace CoeReview.RealRepos;

/// <summary>The headline tables: one row per repository and mode, and the build comparison.</summary>
internal static class SummaryTables
{
    public static void WriteResults(TextWriter w, IReadOnlyList<RepoResult> repos, IReadOnlyList<BenchmarkMode> modes)
    {
        w.WriteLine("## Results");
        w.WriteLine();
        w.WriteLine("Compile errors and warnings are the syntax expert's findings whose rule id starts with CS; the rates are per 1,000 added .cs lines of the commits reviewed. Seconds are the wall time of one `coe-review review` process per commit.");
        w.WriteLine();
        w.WriteLine(Md.Header("repository", "mode", "commits", "added .cs lines", "compile errors", "errors/kLOC", "warnings/kLOC", "findings by expert", "median s", "max s"));
        foreach (var repo in repos)
        {
            foreach (var mode in modes)
            {
                var all = repo.Measurements.Where(m => m.Mode == mode).ToList();
                var ok = all.Where(m => m.Review is { Failed: false }).ToList();
                var lines = ok.Sum(m => m.AddedCsLines);
                var errors = ok.Sum(m => m.CompilerFindings("error").Count());
                var warnings = ok.Sum(m => m.CompilerFindings("warning").Count());
                var byExpert = ok.SelectMany(m => m.Review!.Findings).GroupBy(f => f.Expert)
                    .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key} {g.Count()}");
                var seconds = all.Where(m => m.Review is not null).Select(m => m.Review!.Elapsed.TotalSeconds).ToList();
                w.WriteLine(Md.Row(
                    repo.Name, Mode(mode), ok.Count == all.Count ? $"{ok.Count}" : $"{ok.Count} of {all.Count}", lines, errors,
                    Md.PerKloc(errors, lines), Md.PerKloc(warnings, lines), ok.Count == 0 ? "-" : string.Join(", ", byExpert.DefaultIfEmpty("none")),
                    Md.Median(seconds), seconds.Count == 0 ? 0.0 : seconds.Max()));
            }
        }

        w.WriteLine();
    }

    public static void WriteAgreement(TextWriter w, IReadOnlyList<RepoResult> repos)
    {
        var restored = repos.Select(r => (r, ms: r.Measurements.Where(m => m.Mode == BenchmarkMode.Restored).ToList()))
            .Where(x => x.ms.Count > 0).ToList();
        if (restored.Count == 0)
        {
            return;
        }

        w.WriteLine("## Agreement with the compiler (restored mode)");
        w.WriteLine();
        w.WriteLine("After `dotnet restore`, the owning projects are built with `dotnet build --no-restore`; its CS diagnostics on the commit's added lines are matched with the review's by file, line and id. Only files whose project restored and compiled count: elsewhere the build has no verdict.");
        w.WriteLine();
        w.WriteLine(Md.Header("repository", "commits compared", "files compared", "files without verdict", "review CS diagnostics", "build CS diagnostics", "agree", "review-only (false alarms)", "build-only (missed)"));
        foreach (var (repo, ms) in restored)
        {
            var agreements = ms.Select(m => m.Agreement).OfType<Agreement>().ToList();
            var agree = agreements.Sum(a => a.Agreed.Count);
            var reviewOnly = agreements.Sum(a => a.ReviewOnly.Count);
            var buildOnly = agreements.Sum(a => a.BuildOnly.Count);
            w.WriteLine(Md.Row(
                repo.Name, agreements.Count(a => a.ComparedFiles > 0), agreements.Sum(a => a.ComparedFiles), agreements.Sum(a => a.SkippedFiles),
                agree + reviewOnly, agree + buildOnly, agree, reviewOnly, buildOnly));
        }

        w.WriteLine();
        w.WriteLine("### Restore and build");
        w.WriteLine();
        w.WriteLine(Md.Header("repository", "restore target", "restore ok", "median restore s", "median build s", "commits with a project not compiled", "first restore error", "first build blocker"));
        foreach (var (repo, ms) in restored)
        {
            var restores = ms.Select(m => m.Restore).OfType<RestoreOutcome>().ToList();
            var builds = ms.Select(m => m.Build).OfType<BuildOutcome>().ToList();
            w.WriteLine(Md.Row(
                repo.Name, restores.FirstOrDefault()?.Target ?? "-", $"{restores.Count(r => r.Succeeded)} of {restores.Count}",
                Md.Median([.. restores.Select(r => r.Elapsed.TotalSeconds)]), Md.Median([.. builds.Select(b => b.Elapsed.TotalSeconds)]),
                builds.Count(b => b.NotCompiled.Count > 0),
                restores.Select(r => r.FirstError).FirstOrDefault(e => e is not null) ?? "-",
                builds.Select(b => b.FirstError).FirstOrDefault(e => e is not null) ?? "-"));
        }

        w.WriteLine();
    }

    public static void WriteRepositories(TextWriter w, IReadOnlyList<RepoResult> repos)
    {
        w.WriteLine("## Commits walked");
        w.WriteLine();
        w.WriteLine("Newest first: single-parent commits on the first-parent line that touch a .cs file.");
        w.WriteLine();
        w.WriteLine(Md.Header("repository", "clone", "commits"));
        foreach (var repo in repos)
        {
            w.WriteLine(Md.Row(repo.Name, repo.Path, string.Join(" ", repo.Commits.Select(c => c[..Math.Min(10, c.Length)]))));
        }

        w.WriteLine();
    }

    public static string Mode(BenchmarkMode mode) => mode.ToString().ToLower(CultureInfo.InvariantCulture);
}
