using CoeReview.Analysis.External;
using CoeReview.Analysis.Rules;
using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis;

/// <summary>The rule ids a review can report, so expert files can be checked against what exists.</summary>
public static class KnownRules
{
    /// <summary>
    /// Our COE-* rules and the external analyzers' rules the options enable, as loaded from their
    /// folders (a rule whose DLL is missing is not known). Compiler CS ids are open-ended and not listed.
    /// </summary>
    public static IReadOnlyList<string> Ids(RoslynAnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ids = CoeRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var sets = new List<AnalyzerSet>();
        if (options.NetAnalyzers)
        {
            sets.Add(AnalyzerSet.Load([options.ResolvedNetAnalyzersDirectory], ExternalRuleCategories.IsEnabledNetAnalyzersRule));
        }

        sets.AddRange(options.ExtraAnalyzerDirectories.Select(d => AnalyzerSet.Load([d], options.ExtraRuleFilter ?? (_ => true))));
        ids.UnionWith(sets.SelectMany(s => s.DiagnosticOptions).Where(kv => kv.Value == ReportDiagnostic.Warn).Select(kv => kv.Key));
        return ids.Order(StringComparer.Ordinal).ToList();
    }
}
