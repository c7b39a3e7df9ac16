using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Tests;

public sealed class RuleRouterTests
{
    [Fact]
    public async Task Router_sends_a_csharp_hunk_to_language_experts_and_a_markdown_hunk_to_none()
    {
        var text = "diff --git a/src/A.cs b/src/A.cs\n--- a/src/A.cs\n+++ b/src/A.cs\n@@ -1 +1 @@\n-a\n+var c = new SqlCommand(q);\n"
            + "diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-a\n+b\n";
        var diff = new DiffSet("/r", "b", "h", UnifiedDiffParser.Parse(text), [], EmptySnapshot.Instance);
        var (catalog, _) = ExpertSources.Load(null);

        var plan = await new RuleRouter().RouteAsync(diff, catalog, RoutingHints.None, CancellationToken.None);

        var cs = plan.Decisions.Single(d => d.Path == "src/A.cs");
        Assert.Contains("security", cs.Experts);
        Assert.Contains("keywords Sql", cs.Reasons["security"], StringComparison.Ordinal);
        Assert.True(cs.Scores["security"] > cs.Scores["syntax"]);
        Assert.Empty(plan.Decisions.Single(d => d.Path == "README.md").Experts);
    }

    [Theory]
    [InlineData("**/*.cs", "src/a/B.cs", true)]
    [InlineData("src/*.cs", "src/a/B.cs", false)]
    [InlineData("**/Controllers/**", "web/Controllers/Home.cs", true)]
    [InlineData("CA5*", "CA5351", true)]
    [InlineData("CA5*", "CA1805", false)]
    public void Glob_matches_paths_and_rule_ids(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, Glob.IsMatch(pattern, text));
    }
}
