using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

public sealed class RouterConfigTests
{
    [Trait("Category", "Slow")]
    [Fact]
    public async Task Embedding_router_keeps_experts_whose_analysis_fired_and_explains_with_neighbours()
    {
        // Given a repo configured for the embedding router and a change whose line the analysis flags (BUG)
        using var repo = new TempGitRepo();
        repo.Write(".coe-review.yml", "router:\n  kind: embedding\n  cache: off\n").Write("src/Prices.cs", "class Prices {}\n").Commit();
        repo.Write("src/Prices.cs", "class Prices\n{\n    decimal Net(decimal gross) => gross / 1.2m; // BUG\n}\n");

        // When the route is explained
        var (exit, output, _) = await CliHarness.RunAsync(["route", "--repo", repo.Root, "--explain"]);

        // Then syntax is there because its analysis fired, and reasons quote nearest examples
        Assert.Equal(0, exit);
        Assert.Matches(@"syntax\s+\d\.\d\d\s+language csharp; analysis found roslyn CS9999; .*nearest 0\.\d\d", output);
    }

    [Fact]
    public async Task An_unknown_router_kind_is_bad_input()
    {
        using var repo = new TempGitRepo();
        repo.Write(".coe-review.yml", "router: magic\n").Write("a.cs", "class A {}\n").Commit();
        repo.Write("a.cs", "class B {}\n");

        var (exit, _, error) = await CliHarness.RunAsync(["route", "--repo", repo.Root]);

        Assert.Equal(2, exit);
        Assert.Contains(".coe-review.yml:1: router: expected one of embedding, rules, got 'magic'", error, StringComparison.Ordinal);
    }
}
