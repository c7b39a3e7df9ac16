namespace CoeReview.RealRepos;

/// <summary>
/// The review's compiler diagnostics against the real build's, on the commit's added lines, in the files
/// whose project restored and compiled (elsewhere the build says nothing, which would read as "missed").
/// </summary>
internal sealed record Agreement(
    int ComparedFiles,
    int SkippedFiles,
    IReadOnlyList<DiagnosticKey> Agreed,
    IReadOnlyList<ReviewFinding> ReviewOnly,
    IReadOnlyList<BuildDiagnostic> BuildOnly)
{
    public static Agreement Compute(
        AddedLines added,
        IReadOnlyDictionary<string, string> owners,
        RestoreOutcome restore,
        BuildOutcome build,
        IReadOnlyList<ReviewFinding> findings)
    {
        var compared = owners
            .Where(o => restore.Restored(o.Value) && !build.NotCompiled.Contains(o.Value))
            .Select(o => o.Key)
            .ToHashSet(StringComparer.Ordinal);

        bool OnAddedLine(string path, int line) => compared.Contains(path) && added.Contains(path, line);

        var buildByKey = build.Diagnostics
            .Where(d => d.IsCompiler && OnAddedLine(d.Path, d.Line))
            .GroupBy(d => new DiagnosticKey(d.Path, d.Line, d.Id))
            .ToDictionary(g => g.Key, g => g.First());
        var reviewByKey = findings
            .Where(f => f.IsCompilerDiagnostic && OnAddedLine(f.Path, f.Line))
            .GroupBy(f => new DiagnosticKey(f.Path, f.Line, f.RuleId))
            .ToDictionary(g => g.Key, g => g.First());

        return new Agreement(
            compared.Count,
            added.Paths.Count - compared.Count,
            [.. reviewByKey.Keys.Where(buildByKey.ContainsKey)],
            [.. reviewByKey.Where(r => !buildByKey.ContainsKey(r.Key)).Select(r => r.Value)],
            [.. buildByKey.Where(b => !reviewByKey.ContainsKey(b.Key)).Select(b => b.Value)]);
    }
}
