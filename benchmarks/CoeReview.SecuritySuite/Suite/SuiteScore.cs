namespace CoeReview.SecuritySuite;

/// <summary>One tool's scores per category, the micro total over them, and each miss as a line for the misses file.</summary>
internal sealed record SuiteScore(string Tool, IReadOnlyList<CategoryScore> PerCategory, IReadOnlyList<string> Misses)
{
    public CategoryScore Total => PerCategory.Aggregate(new CategoryScore("total", 0, 0, 0, 0, 0), (a, b) => a + b) with { Category = "total" };
}
