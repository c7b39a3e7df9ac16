using CoeReview.Analysis.Rules;
using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.SecuritySuite;

namespace CoeReview.Analysis.Tests.Juliet;

/// <summary>The committed Juliet sample (TestData/juliet, see its NOTICE.md) and CoeReview's security rules run on it.</summary>
internal static class JulietSample
{
    public static string Source => Path.Combine(AppContext.BaseDirectory, "TestData", "juliet");

    /// <summary>Writes every case of the sample as the benchmark does, one project per category, under a fresh folder.</summary>
    public static SuiteSample Prepare(string work) => SuiteRunner.Prepare(Source, work, perCategory: 0, seed: 1);

    public static string NewWorkFolder() => Path.Combine(Path.GetTempPath(), "coe-juliet-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Only CoeReview's own security rules (COE-SEC-*): no compiler diagnostics, no NetAnalyzers.</summary>
    public static async Task<IReadOnlyList<Finding>> SecurityFindingsAsync(DiffSet diff, CancellationToken ct)
    {
        var options = new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false };
        var findings = await new RoslynAnalysisEngine(options).AnalyzeAsync(diff, ct);
        var security = CoeRules.All.Where(r => r.Id.StartsWith("COE-SEC-", StringComparison.Ordinal)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return findings.Where(f => security.Contains(f.RuleId)).ToList();
    }
}
