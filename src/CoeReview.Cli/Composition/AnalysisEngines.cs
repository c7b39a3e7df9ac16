using CoeReview.Analysis;
using CoeReview.Core.Experts;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Composition;

/// <summary>The deterministic analysis engines every review shares, running only what the selected experts own.</summary>
public static class AnalysisEngines
{
    public static IReadOnlyList<IAnalysisEngine> Create(ExpertCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [new RoslynAnalysisEngine(RoslynAnalysisOptions.ForExperts(catalog.Experts))];
    }
}
