using CoeReview.Analysis;
using CoeReview.Core.Experts;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Composition;

/// <summary>
/// The deterministic analysis engines every review shares, running only what the selected experts own
/// and only over what the filter can show.
/// </summary>
public static class AnalysisEngines
{
    public static IReadOnlyList<IAnalysisEngine> Create(ExpertCatalog catalog, FilterMode filter)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var scope = filter switch
        {
            FilterMode.Added => AnalysisScope.AddedLines,
            FilterMode.DiffContext => AnalysisScope.Hunks,
            _ => AnalysisScope.WholeFiles,
        };
        return [new RoslynAnalysisEngine(RoslynAnalysisOptions.ForExperts(catalog.Experts) with { Scope = scope })];
    }
}
