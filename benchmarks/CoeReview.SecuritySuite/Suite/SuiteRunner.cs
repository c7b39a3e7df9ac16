using CoeReview.Analysis;

namespace CoeReview.SecuritySuite;

/// <summary>Juliet in, scores out: catalogue, keep the scorable cases, sample, write the projects, run a tool, score.</summary>
internal static class SuiteRunner
{
    public static SuiteSample Prepare(string julietSrc, string work, int perCategory, int seed)
    {
        var all = JulietCatalog.Cases(julietSrc).Select(CaseFlows.Parse).ToList();
        var skipped = all.Where(c => !c.IsScorable)
            .Select(c => $"{c.Case.Name}: flows [{string.Join(", ", c.Flows)}]")
            .ToList();
        var scorable = all.Where(c => c.IsScorable).ToList();
        var sampled = JulietCategories.Names
            .SelectMany(name => CaseSampler.Pick(scorable.Where(c => c.Case.Category == name).ToList(), perCategory, seed))
            .ToList();
        return new SuiteSample(sampled, skipped, scorable.Count, SuiteWorkspace.Write(julietSrc, work, sampled));
    }

    public static async Task<SuiteScore> RunToolAsync(string tool, SuiteSample sample, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var findings = await new RoslynAnalysisEngine(SuiteTools.Options(tool)).AnalyzeAsync(sample.Diff, ct).ConfigureAwait(false);
        return FlowScorer.Score(tool, sample.Cases, findings);
    }
}
