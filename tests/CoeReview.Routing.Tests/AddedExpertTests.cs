using CoeReview.Core.Experts;
using CoeReview.Core.Routing;
using CoeReview.Evaluation;
using CoeReview.Routing.Embedding;

namespace CoeReview.Routing.Tests;

/// <summary>
/// The router's rule since #13.15: an expert a user adds only adds routes. Whatever its keywords,
/// globs or examples, no hunk that an expert got (by its signals, its analysis hits, its score or
/// the fallback) is taken from it.
/// </summary>
[Collection(ModelCollection.Name)]
public sealed class AddedExpertTests(ModelFixture fixture)
{
    // Experts as users write them: broad globs, common keywords, a few examples, or only a description.
    private static readonly string[] s_custom =
    [
        "id: logging\ndescription: Logging, log levels and structured log messages.\nrouting:\n  paths: ['**/*.cs']\n  keywords: [_logger, Log, ILogger]\n"
            + "  examples:\n    - '_logger.LogInformation(\"Order {OrderId} shipped\", order.Id);'\n    - 'logger.LogError(ex, \"Could not save the user\");'\n",
        "id: docs\ndescription: XML doc comments on public API, summaries, remarks and README files.\nrouting:\n  languages: [csharp, markdown]\n  keywords: ['///', '<summary>']\n"
            + "  examples:\n    - '/// <summary>Gets the customer with the given id.</summary>'\n",
        "id: everything\ndescription: Reviews any change to any file, general code quality, naming and readability.\nrouting:\n  languages: [any]\n  keywords: [var, return, public, new]\n"
            + "  examples:\n    - 'var result = service.Get(id); return result;'\n    - 'public void Save(Order order) { _repository.Add(order); }'\n",
        "id: naming\ndescription: 'Names of types, members and variables in C#: clear, consistent, no abbreviations.'\nrouting:\n  examples:\n    - 'var cnt = GetCnt(usr); var tmp2 = cnt;'\n",
    ];

    [Trait("Category", "Slow")]
    [Fact]
    public async Task Adding_any_custom_expert_keeps_every_route_the_other_experts_had()
    {
        // Given template hunks with their analysis hits, routed with the built-in experts alone
        var set = LabelledSet.Generate(240, seed: 5);
        var diff = LabelledSet.ToDiff(set);
        var builtIn = ExpertSources.Load(null).Catalog;
        var embedder = new CachedEmbedder(fixture.Model, new EmbeddingCache(null, fixture.Model.ModelId));
        var router = new EmbeddingRouter(embedder, new EmbeddingRouterOptions());
        var before = await router.RouteAsync(diff, builtIn, LabelledHints.Of(set), CancellationToken.None);

        foreach (var extra in s_custom.Select(Load).Append(null))
        {
            // When one custom expert (or all of them at once) is added
            var added = extra is null ? s_custom.Select(Load).ToList() : [extra];
            var catalog = new ExpertCatalog(builtIn.Experts.Concat(added));
            var after = await router.RouteAsync(diff, catalog, LabelledHints.Of(set), CancellationToken.None);

            // Then each hunk keeps all its experts, and the new ones get hunks of their own
            var lost = before.Decisions.Zip(after.Decisions, (b, a) => (b.Path, Lost: b.Experts.Except(a.Experts).ToList()))
                .Where(x => x.Lost.Count > 0).Select(x => $"{x.Path}: lost {string.Join(",", x.Lost)}").ToList();
            var name = string.Join("+", added.Select(e => e.Id));
            Assert.True(lost.Count == 0, $"{name} took {lost.Count} routes:\n{string.Join("\n", lost.Take(10))}");
            Assert.All(added, e => Assert.Contains(after.Decisions, d => d.Experts.Contains(e.Id)));
        }
    }

    [Fact]
    public void An_expert_whose_keywords_match_keeps_the_hunk_when_a_custom_expert_is_more_confident()
    {
        // Given a hunk where security's keyword matched but its examples are far, and a custom expert is near
        var evidence = Evidence(("logging", 0.7), ("security", 0.2), ("syntax", 0.2))
            with
        { Signals = Signals(("security", new RuleSignals(false, false, "csharp", null, ["SqlCommand"]))) };

        // When it is decided
        var decision = RouteScorer.Decide(evidence, new EmbeddingRouterOptions());

        // Then security keeps the hunk for its own signal, and says so
        Assert.Contains("security", decision.Experts);
        Assert.Contains("logging", decision.Experts);
        Assert.StartsWith("language csharp; keywords SqlCommand", decision.Reasons["security"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_confident_custom_expert_does_not_take_the_fallback_from_the_built_in_experts()
    {
        // Given a hunk no built-in expert is confident about, and a custom expert that is
        var evidence = Evidence(("logging", 0.7), ("security", 0.3), ("syntax", 0.3)) with { BuiltIn = new HashSet<string> { "security", "syntax" } };

        // When it is decided
        var decision = RouteScorer.Decide(evidence, new EmbeddingRouterOptions());

        // Then the built-in experts still get it as their fallback, next to the custom expert
        Assert.True(decision.Fallback);
        Assert.Equal(["logging", "security", "syntax"], decision.Experts);
    }

    private static ExpertDefinition Load(string yaml)
    {
        // An expert file is named after its id.
        var (expert, errors) = ExpertLoader.Load(yaml.Split('\n')[0]["id: ".Length..] + ".yml", yaml);
        Assert.Empty(errors);
        return expert!;
    }

    private static Dictionary<string, RuleSignals> Signals(params (string Expert, RuleSignals Signals)[] changed)
    {
        var all = new[] { "logging", "security", "syntax" }.ToDictionary(e => e, _ => new RuleSignals(false, false, "csharp", null, []));
        foreach (var (expert, signals) in changed)
        {
            all[expert] = signals;
        }

        return all;
    }

    private static HunkEvidence Evidence(params (string Expert, double Similarity)[] nearest)
    {
        var neighbours = nearest.Select(n => (new IndexedExample(n.Expert, "example of " + n.Expert, false, []), n.Similarity)).OrderByDescending(n => n.Similarity).ToList();
        var signals = Signals();
        return new HunkEvidence("src/A.cs", 0, "@@ -1,1 +1,1 @@", 12, signals.Keys.ToHashSet(), signals, new Dictionary<string, string>(), neighbours);
    }
}
