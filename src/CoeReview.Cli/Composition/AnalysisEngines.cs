using CoeReview.Analysis;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Composition;

/// <summary>The deterministic analysis engines every review shares.</summary>
public static class AnalysisEngines
{
    public static IReadOnlyList<IAnalysisEngine> Create() => [new RoslynAnalysisEngine()];
}
