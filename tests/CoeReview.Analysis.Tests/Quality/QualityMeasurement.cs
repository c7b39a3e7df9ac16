using CoeReview.Analysis.External;
using CoeReview.Analysis.Rules;
using CoeReview.Core.Findings;
using CoeReview.SecuritySuite;

namespace CoeReview.Analysis.Tests.Quality;

/// <summary>
/// Runs CoeReview, NetAnalyzers alone and SecurityCodeScan alone on the corpus and scores each per
/// category: a label is found when a finding of its category covers its line; a finding of a measured
/// category on an unlabelled line is a false positive. Findings in other categories are not scored.
/// </summary>
internal sealed class QualityMeasurement
{
    public const string CoeReview = "CoeReview";
    public const string NetAnalyzers = "NetAnalyzers";
    public const string SecurityCodeScan = "SecurityCodeScan";

    private QualityMeasurement(IReadOnlyDictionary<string, IReadOnlyList<Finding>> findings, IReadOnlyDictionary<string, IReadOnlySet<string>> ownCategories)
    {
        Findings = findings;
        OwnCategories = ownCategories;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<Finding>> Findings { get; }

    /// <summary>For each established analyzer, the corpus categories its enabled rules address.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> OwnCategories { get; }

    public static IReadOnlyList<string> Categories { get; } = Corpus.Labels.Select(l => l.Category).Distinct().Order(StringComparer.Ordinal).ToList();

    public static string ExpertOf(string category) =>
        CoeRules.All.FirstOrDefault(r => r.Category == category)?.Id.Split('-')[1] switch
        {
            "SEC" => "security",
            "PERF" => "performance",
            "TEST" => "tests",
            _ => "other",
        };

    public static async Task<QualityMeasurement> RunAsync(CancellationToken ct)
    {
        var diff = Corpus.Diff();
        // The same three tools, configured once, as the Juliet suite benchmark runs them.
        var coe = SuiteTools.Options(SuiteTools.CoeReview);
        var na = SuiteTools.Options(SuiteTools.NetAnalyzers);
        var scs = SuiteTools.Options(SuiteTools.SecurityCodeScan);
        var findings = new Dictionary<string, IReadOnlyList<Finding>>
        {
            [CoeReview] = await new RoslynAnalysisEngine(coe).AnalyzeAsync(diff, ct),
            [NetAnalyzers] = await new RoslynAnalysisEngine(na).AnalyzeAsync(diff, ct),
            [SecurityCodeScan] = await new RoslynAnalysisEngine(scs).AnalyzeAsync(diff, ct),
        };
        var own = new Dictionary<string, IReadOnlySet<string>>
        {
            [NetAnalyzers] = CategoriesOf(new RoslynAnalysisEngine(na).ExternalAnalyzers()),
            [SecurityCodeScan] = CategoriesOf(new RoslynAnalysisEngine(scs).ExternalAnalyzers()),
        };
        return new QualityMeasurement(findings, own);
    }

    private static HashSet<string> CategoriesOf(IReadOnlyList<AnalyzerSet> sets) => sets
        .SelectMany(s => ExternalAnalyzerRun.RuleIds(s)).Select(ExternalRuleCategories.CategoryOf).Where(Categories.Contains).ToHashSet(StringComparer.Ordinal);

    public Score ScoreOf(string tool, string category)
    {
        var labels = Corpus.Labels.Where(l => l.Category == category).ToList();
        var found = Findings[tool].Where(f => f.Category == category).DistinctBy(f => (f.Path, f.Line)).ToList();
        var tp = labels.Count(l => found.Any(f => Covers(f, l)));
        var fp = found.Count(f => !labels.Any(l => Covers(f, l)));
        return new Score(tp, fp, labels.Count - tp);
    }

    public Score ScoreOfExpert(string tool, string expert) =>
        Categories.Where(c => ExpertOf(c) == expert).Select(c => ScoreOf(tool, c)).Aggregate(new Score(0, 0, 0), (a, b) => a + b);

    /// <summary>Findings of a tool that were not scored as correct: for diagnosing a failing target.</summary>
    public IEnumerable<string> Misses(string tool) => Categories.SelectMany(c =>
    {
        var found = Findings[tool].Where(f => f.Category == c).ToList();
        var labels = Corpus.Labels.Where(l => l.Category == c).ToList();
        return labels.Where(l => !found.Any(f => Covers(f, l))).Select(l => $"missed {c} at {l.Path}:{l.Line}")
            .Concat(found.Where(f => !labels.Any(l => Covers(f, l))).Select(f => $"false {c} at {f.Path}:{f.Line} ({f.RuleId})"));
    });

    private static bool Covers(Finding f, CorpusLabel l) => f.Path == l.Path && l.Line >= f.Line && l.Line <= Math.Max(f.Line, f.EndLine);
}
