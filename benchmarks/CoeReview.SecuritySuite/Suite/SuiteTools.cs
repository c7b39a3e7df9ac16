using CoeReview.Analysis;

namespace CoeReview.SecuritySuite;

/// <summary>
/// The tools compared, each as options of the same engine, as the Analysis quality tests run them:
/// CoeReview as shipped (its rules plus NetAnalyzers), NetAnalyzers alone, SecurityCodeScan alone.
/// </summary>
internal static class SuiteTools
{
    public const string CoeReview = "coe";
    public const string NetAnalyzers = "netanalyzers";
    public const string SecurityCodeScan = "scs";

    public static IReadOnlyList<string> All { get; } = [CoeReview, NetAnalyzers, SecurityCodeScan];

    public static string DisplayName(string tool) => tool switch
    {
        CoeReview => "CoeReview",
        NetAnalyzers => "NetAnalyzers",
        SecurityCodeScan => "SecurityCodeScan",
        _ => tool,
    };

    /// <summary>The engine options of a tool; SecurityCodeScan loads from analyzers/scs next to the program.</summary>
    public static RoslynAnalysisOptions Options(string tool) => tool switch
    {
        CoeReview => new RoslynAnalysisOptions { CompilerDiagnostics = false },
        NetAnalyzers => new RoslynAnalysisOptions { CompilerDiagnostics = false, CodeRules = false },
        SecurityCodeScan => new RoslynAnalysisOptions
        {
            CompilerDiagnostics = false,
            CodeRules = false,
            NetAnalyzers = false,
            ExtraAnalyzerDirectories = [Path.Combine(AppContext.BaseDirectory, "analyzers", "scs")],
            ExtraRuleFilter = id => id.StartsWith("SCS", StringComparison.Ordinal),
        },
        _ => throw new ArgumentException($"unknown tool '{tool}' (coe, netanalyzers, scs)", nameof(tool)),
    };
}
