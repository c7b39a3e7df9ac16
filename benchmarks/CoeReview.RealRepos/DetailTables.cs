namespace CoeReview.RealRepos;

/// <summary>The tables a developer reads to see what the errors and false alarms are, and what failed.</summary>
internal static class DetailTables
{
    public static void WriteTopErrorRules(TextWriter w, IReadOnlyList<RepoResult> repos, IReadOnlyList<BenchmarkMode> modes)
    {
        foreach (var mode in modes)
        {
            var ms = repos.SelectMany(r => r.Measurements).Where(m => m.Mode == mode).ToList();
            var errors = ms.SelectMany(m => m.CompilerFindings("error").Select(f => (m, f))).ToList();
            w.WriteLine($"## Top error rule ids ({SummaryTables.Mode(mode)})");
            w.WriteLine();
            if (errors.Count == 0)
            {
                w.WriteLine("No syntax-expert CS errors.");
                w.WriteLine();
                continue;
            }

            var restored = mode == BenchmarkMode.Restored;
            var agreed = ms.Select(m => m.Agreement).OfType<Agreement>().SelectMany(a => a.Agreed).ToHashSet();
            var falseAlarms = ms.Select(m => m.Agreement).OfType<Agreement>().SelectMany(a => a.ReviewOnly)
                .Select(f => new DiagnosticKey(f.Path, f.Line, f.RuleId)).ToHashSet();
            w.WriteLine(restored
                ? Md.Header("rule", "errors", "build agrees", "build disagrees", "repositories", "example")
                : Md.Header("rule", "errors", "repositories", "example"));
            foreach (var group in errors.GroupBy(e => e.f.RuleId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(10))
            {
                var (m, f) = group.First();
                var example = $"{m.Repo}/{f.Path}:{f.Line} {f.Message}";
                var where = string.Join(", ", group.GroupBy(e => e.m.Repo).Select(g => $"{g.Key} {g.Count()}"));
                var keys = group.Select(e => new DiagnosticKey(e.f.Path, e.f.Line, e.f.RuleId)).ToList();
                w.WriteLine(restored
                    ? Md.Row(group.Key, group.Count(), keys.Count(agreed.Contains), keys.Count(falseAlarms.Contains), where, example)
                    : Md.Row(group.Key, group.Count(), where, example));
            }

            w.WriteLine();
        }
    }

    /// <summary>What the build said and the review did not, and the reverse, by rule id.</summary>
    public static void WriteDisagreements(TextWriter w, IReadOnlyList<RepoResult> repos)
    {
        var pairs = repos.SelectMany(r => r.Measurements).Where(m => m.Agreement is not null).ToList();
        if (pairs.Count == 0)
        {
            return;
        }

        w.WriteLine("## Disagreements with the build (restored mode)");
        w.WriteLine();
        w.WriteLine("### Review-only (false alarms), by rule");
        w.WriteLine();
        var reviewOnly = pairs.SelectMany(m => m.Agreement!.ReviewOnly.Select(f => (m, id: f.RuleId, sev: f.Severity, text: $"{m.Repo}/{f.Path}:{f.Line} {f.Message}"))).ToList();
        WriteByRule(w, reviewOnly);
        w.WriteLine("### Build-only (missed), by rule");
        w.WriteLine();
        var buildOnly = pairs.SelectMany(m => m.Agreement!.BuildOnly.Select(d => (m, id: d.Id, sev: d.Severity, text: $"{m.Repo}/{d.Path}:{d.Line} {d.Message}"))).ToList();
        WriteByRule(w, buildOnly);
    }

    public static void WriteFailures(TextWriter w, IReadOnlyList<RepoResult> repos)
    {
        var failed = repos.SelectMany(r => r.Measurements).Where(m => m.Review is null || m.Review.Failed).ToList();
        w.WriteLine("## Commits that failed to review");
        w.WriteLine();
        if (failed.Count == 0)
        {
            w.WriteLine("None: every review exited 0 or 1 and wrote a report.");
            w.WriteLine();
            return;
        }

        w.WriteLine(Md.Header("repository", "mode", "commit", "exit", "first stderr line"));
        foreach (var m in failed)
        {
            w.WriteLine(Md.Row(m.Repo, SummaryTables.Mode(m.Mode), m.ShortCommit, m.Review?.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                m.Review?.Failure ?? "checkout failed: " + m.CheckoutError));
        }

        w.WriteLine();
    }

    public static void WritePerCommit(TextWriter w, IReadOnlyList<RepoResult> repos)
    {
        w.WriteLine("## Per commit");
        w.WriteLine();
        w.WriteLine(Md.Header("repository", "commit", "mode", "added .cs lines", "CS errors", "CS warnings", "findings", "seconds", "agree / review-only / build-only", "subject"));
        foreach (var m in repos.SelectMany(r => r.Measurements))
        {
            var ok = m.Review is { Failed: false };
            w.WriteLine(Md.Row(
                m.Repo, m.ShortCommit, SummaryTables.Mode(m.Mode), m.AddedCsLines,
                ok ? m.CompilerFindings("error").Count() : "-", ok ? m.CompilerFindings("warning").Count() : "-", ok ? m.Review!.Findings.Count : "-",
                m.Review is null ? "-" : m.Review.Elapsed.TotalSeconds,
                m.Agreement is null ? "" : $"{m.Agreement.Agreed.Count} / {m.Agreement.ReviewOnly.Count} / {m.Agreement.BuildOnly.Count}",
                Md.Cell(m.Subject, 70)));
        }

        w.WriteLine();
    }

    private static void WriteByRule(TextWriter w, List<(CommitMeasurement m, string id, string sev, string text)> items)
    {
        if (items.Count == 0)
        {
            w.WriteLine("None.");
            w.WriteLine();
            return;
        }

        w.WriteLine(Md.Header("rule", "severity", "count", "repositories", "example"));
        foreach (var group in items.GroupBy(i => (i.id, i.sev)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.id, StringComparer.Ordinal).Take(10))
        {
            var where = string.Join(", ", group.GroupBy(i => i.m.Repo).Select(g => $"{g.Key} {g.Count()}"));
            w.WriteLine(Md.Row(group.Key.id, group.Key.sev, group.Count(), where, group.First().text));
        }

        w.WriteLine();
    }
}
