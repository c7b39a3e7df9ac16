using Xunit.Abstractions;

namespace CoeReview.Analysis.Tests.Quality;

/// <summary>Runs the three tools on the corpus once for all tests of the class.</summary>
public sealed class QualityFixture
{
    internal QualityMeasurement Measurement { get; } = QualityMeasurement.RunAsync(CancellationToken.None).GetAwaiter().GetResult();
}

public sealed class AnalysisQualityTests(QualityFixture fixture, ITestOutputHelper output) : IClassFixture<QualityFixture>
{
    private QualityMeasurement M => fixture.Measurement;

    [Theory]
    [InlineData("security")]
    [InlineData("performance")]
    [InlineData("tests")]
    public void CoeReview_meets_the_recall_and_precision_targets_per_expert(string expert)
    {
        // Given the corpus findings of CoeReview, When scored for the expert
        var score = M.ScoreOfExpert(QualityMeasurement.CoeReview, expert);
        output.WriteLine(QualityReport.Markdown(M));
        foreach (var miss in M.Misses(QualityMeasurement.CoeReview))
        {
            output.WriteLine(miss);
        }

        // Then recall >= 0.9 and precision >= 0.95
        Assert.True(score.Recall >= 0.9, $"{expert} recall {score.Recall:F2}");
        Assert.True(score.Precision >= 0.95, $"{expert} precision {score.Precision:F2}");
    }

    [Theory]
    [InlineData(QualityMeasurement.NetAnalyzers)]
    [InlineData(QualityMeasurement.SecurityCodeScan)]
    public void CoeReview_does_at_least_as_well_as_an_established_analyzer_on_its_own_categories(string tool)
    {
        Assert.NotEmpty(M.OwnCategories[tool]);
        foreach (var category in M.OwnCategories[tool])
        {
            var ours = M.ScoreOf(QualityMeasurement.CoeReview, category);
            var theirs = M.ScoreOf(tool, category);
            Assert.True(ours.Recall >= theirs.Recall, $"{category}: recall {ours.Recall:F2} < {tool} {theirs.Recall:F2}");
            Assert.True(ours.Precision >= theirs.Precision || !theirs.Reported, $"{category}: precision {ours.Precision:F2} < {tool} {theirs.Precision:F2}");
        }
    }

    [Fact]
    public void CoeReview_finds_more_of_the_corpus_than_either_analyzer_alone()
    {
        var ours = M.ScoreOfExpert(QualityMeasurement.CoeReview, "security") + M.ScoreOfExpert(QualityMeasurement.CoeReview, "performance");
        foreach (var tool in new[] { QualityMeasurement.NetAnalyzers, QualityMeasurement.SecurityCodeScan })
        {
            var theirs = M.ScoreOfExpert(tool, "security") + M.ScoreOfExpert(tool, "performance");
            Assert.True(ours.TruePositives > theirs.TruePositives, $"{tool} found {theirs.TruePositives}, we found {ours.TruePositives}");
        }
    }

    [Fact]
    public void Quality_report_is_written_to_docs_on_request()
    {
        var markdown = QualityReport.Markdown(M);
        Assert.Contains("| security |", markdown, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("COE_REVIEW_WRITE_QUALITY") == "1")
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "CoeReview.sln")))
            {
                root = root.Parent;
            }

            Assert.NotNull(root);
            Directory.CreateDirectory(Path.Combine(root.FullName, "docs"));
            var path = Path.Combine(root.FullName, "docs", "analysis-quality.md");

            // The Juliet section is written by benchmarks/CoeReview.SecuritySuite; keep it.
            const string Marker = "<!-- juliet -->";
            var old = File.Exists(path) ? File.ReadAllText(path) : "";
            var tail = old.Contains(Marker, StringComparison.Ordinal) ? "\n" + old[old.IndexOf(Marker, StringComparison.Ordinal)..] : "";
            File.WriteAllText(path, markdown + tail);
        }
    }
}
