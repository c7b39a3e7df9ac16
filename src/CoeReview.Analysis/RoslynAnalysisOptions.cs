using CoeReview.Analysis.Rules;
using CoeReview.Core.Experts;

namespace CoeReview.Analysis;

/// <summary>What the Roslyn engine runs; everything is on by default.</summary>
public sealed record RoslynAnalysisOptions
{
    /// <summary>Only the syntax expert's compiler diagnostics.</summary>
    public static RoslynAnalysisOptions SyntaxOnly { get; } = new() { CodeRules = false, NetAnalyzers = false };

    /// <summary>
    /// Only what the given experts own (by their analysis.rules globs): `--experts syntax` then compiles
    /// and reports compiler errors without running our rules or NetAnalyzers.
    /// </summary>
    public static RoslynAnalysisOptions ForExperts(IEnumerable<ExpertDefinition> experts)
    {
        ArgumentNullException.ThrowIfNull(experts);
        var owners = experts.Where(e => e.Analysis.Analyzers.Contains(RoslynAnalysisEngine.EngineName, StringComparer.Ordinal)).ToList();
        bool Owns(string id) => owners.Any(e => e.Analysis.OwnsRule(id));
        return new RoslynAnalysisOptions
        {
            CompilerDiagnostics = Owns("CS0029") || Owns("CS1002"),
            CodeRules = CoeRules.All.Any(r => Owns(r.Id)),
            NetAnalyzers = new[] { "CA5359", "CA5397", "CA2326", "CA3075", "CA1827", "CA1829" }.Any(Owns),
        };
    }

    /// <summary>How much of each changed file to analyse: by default the members holding an added line, what the `added` filter shows.</summary>
    public AnalysisScope Scope { get; init; } = AnalysisScope.AddedLines;

    /// <summary>Report compiler diagnostics (the syntax expert's CS* rules).</summary>
    public bool CompilerDiagnostics { get; init; } = true;

    /// <summary>Run CoeReview's own rules (COE-SEC-*, COE-PERF-*, COE-TEST-*), including secrets in changed config files.</summary>
    public bool CodeRules { get; init; } = true;

    /// <summary>Run Microsoft.CodeAnalysis.NetAnalyzers' security and performance rules (CA*) shipped next to the program.</summary>
    public bool NetAnalyzers { get; init; } = true;

    /// <summary>Where the NetAnalyzers DLLs are; null for analyzers/na next to the program.</summary>
    public string? NetAnalyzersDirectory { get; init; }

    /// <summary>More analyzer folders to load (each in its own load context), e.g. SecurityCodeScan for comparisons.</summary>
    public IReadOnlyList<string> ExtraAnalyzerDirectories { get; init; } = [];

    /// <summary>Which rule ids of the extra analyzers to enable; null enables all of them.</summary>
    public Func<string, bool>? ExtraRuleFilter { get; init; }

    /// <summary>Drop a CA/SCS finding when one of our rules reports the same category on the same line.</summary>
    public bool DeduplicateExternal { get; init; } = true;

    public string ResolvedNetAnalyzersDirectory => NetAnalyzersDirectory ?? Path.Combine(AppContext.BaseDirectory, "analyzers", "na");
}
