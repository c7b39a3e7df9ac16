using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Routing;
using CoeReview.Evaluation;
using CoeReview.Routing.Embedding;

namespace CoeReview.Routing.Tests;

[Trait("Category", "Slow")]
[Collection(ModelCollection.Name)]
public sealed class EmbeddingRouterTests(ModelFixture fixture)
{
    [Fact]
    public async Task Router_meets_recall_and_sparsity_targets_on_the_labelled_set()
    {
        // Given a labelled set the defaults were not tuned on alone, with the analysis hits a real run has
        var set = LabelledSet.Generate(600, seed: 3);
        var (catalog, _) = ExpertSources.Load(null);
        var router = new EmbeddingRouter(fixture.Model, new EmbeddingRouterOptions());

        // When every hunk is routed
        var plan = await router.RouteAsync(LabelledSet.ToDiff(set), catalog, LabelledHints.Of(set), CancellationToken.None);
        var score = RoutingScore.Of(set, plan);

        // Then nearly every expert that should see a hunk does, at half the cost of broadcast
        Assert.True(score.Recall >= 0.98, $"recall {score.Recall:0.000}: {string.Join("\n", score.Misses)}");
        Assert.True(score.ExpertsPerHunk <= 2.0, $"{score.ExpertsPerHunk:0.00} experts per hunk");
        Assert.All(plan.Decisions, d => Assert.InRange(d.Tokens, 3, HunkText.MaxWords * 3));
    }

    [Fact]
    public async Task Explanations_name_the_nearest_examples_and_rule_signals()
    {
        // Given a hunk that builds SQL from input
        var diff = Diff("src/Data/UserStore.cs", "var sql = \"SELECT * FROM Users WHERE Email = '\" + email + \"'\";", "using var command = new SqlCommand(sql, connection);");
        var (catalog, _) = ExpertSources.Load(null);

        // When it is routed
        var plan = await new EmbeddingRouter(fixture.Model, new EmbeddingRouterOptions()).RouteAsync(diff, catalog, RoutingHints.None, CancellationToken.None);

        // Then security is chosen and the reason quotes its nearest example next to the rule signals
        var decision = Assert.Single(plan.Decisions);
        Assert.Contains("security", decision.Experts);
        Assert.Matches(@"^language csharp; keywords Sql.*; nearest 0\.\d\d """, decision.Reasons["security"]);
        Assert.Equal(catalog.Experts.Count, decision.Scores.Count);
    }

    [Fact]
    public async Task A_user_expert_with_only_a_description_and_examples_gets_matching_hunks()
    {
        // Given an accessibility expert without languages, paths or keywords
        var yaml = "id: accessibility\ndescription: Accessibility of web UI markup, alt text, aria labels, keyboard focus and contrast\nrouting:\n  examples:\n"
            + string.Concat(new[] { "<img src=\"logo.png\">", "<button><i class=\"icon-close\"></i></button>", "<div onclick=\"open()\">Menu</div>", "<input type=\"text\" placeholder=\"Search\">", "<a href=\"#\" aria-label=\"Close dialog\">x</a>", "<span style=\"color:#aaa\">Required</span>" }
                .Select(x => "    - '" + x.Replace("'", "''", StringComparison.Ordinal) + "'\n"));
        var (user, errors) = ExpertLoader.Load("accessibility.yml", yaml);
        Assert.Empty(errors);
        var catalog = new ExpertCatalog(ExpertSources.Load(null).Catalog.Experts.Append(user!));
        var diff = Diff("src/Web/Pages/Index.razor", "<img src=\"@product.ImageUrl\" />", "<button @onclick=\"Close\"><span class=\"oi oi-x\"></span></button>");

        // When a Razor hunk with an unlabelled image and an icon-only button is routed
        var plan = await new EmbeddingRouter(fixture.Model, new EmbeddingRouterOptions()).RouteAsync(diff, catalog, RoutingHints.None, CancellationToken.None);

        // Then it goes to the new expert, found by its examples alone
        Assert.Contains("accessibility", Assert.Single(plan.Decisions).Experts);
    }

    internal static DiffSet Diff(string path, params string[] added)
    {
        var lines = added.Select((a, i) => new DiffLine(DiffLineKind.Added, null, 10 + i, a)).ToList();
        var hunk = new DiffHunk(10, 0, 10, added.Length, "", lines);
        return new DiffSet("/r", "b", "h", [new DiffFile(path, path, FileChangeKind.Modified, false, [hunk])], [], EmptySnapshot.Instance);
    }
}
