using CoeReview.Analysis;
using CoeReview.Core.Experts;
using CoeReview.RduSim.Models;

namespace CoeReview.Cli.Composition;

/// <summary>What this build of the tool has for expert files to name: its analysis engine, the simulator's model profiles and the rules it can report.</summary>
internal static class ExpertVocabularies
{
    public static ExpertVocabulary Create() =>
        new([RoslynAnalysisEngine.EngineName], ModelCatalog.Names, KnownRules.Ids(new RoslynAnalysisOptions()));
}
