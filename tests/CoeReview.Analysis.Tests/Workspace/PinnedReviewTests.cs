using CoeReview.Analysis.Tests.Juliet;
using CoeReview.Testing;

namespace CoeReview.Analysis.Tests.Workspace;

/// <summary>
/// Speed must not cost findings: a fixed review (the Juliet sample, every other method changed, all
/// rules, the compiler check and NetAnalyzers) is pinned to the findings it shows. A change that makes
/// the engine faster and this file different has lost or gained findings, and says which.
/// </summary>
public sealed class PinnedReviewTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_fixed_review_of_the_Juliet_sample_shows_the_pinned_findings()
    {
        var work = JulietSample.NewWorkFolder();
        var sample = JulietSample.Prepare(Path.Combine(work, "original"));
        var diff = PartialDiffs.EveryOtherMethod(sample.Diff);

        var shown = PartialDiffs.Shown(diff, await new RoslynAnalysisEngine().AnalyzeAsync(diff, CancellationToken.None));

        Assert.True(shown.Count > 20, $"only {shown.Count} findings");
        Golden.Verify(string.Join("\n", shown) + "\n", "TestData/golden/pinned-review.txt");
        Directory.Delete(work, recursive: true);
    }
}
