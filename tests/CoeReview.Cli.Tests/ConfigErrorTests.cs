using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #13: every config error names the file, the line, the key, what it takes and what it has.</summary>
public sealed class ConfigErrorTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "router: { threshold: high }\n", ".coe-review.yml:1: router.threshold: expected a number from 0 to 1, got 'high'" },
        { "filter: added\nfailLevel: warnings\n", ".coe-review.yml:2: failLevel: expected one of none, note, warning, error, got 'warnings'" },
        { "filter: everything\n", ".coe-review.yml:1: filter: expected one of added, diff_context, file, nofilter, got 'everything'" },
        { "backend: gpu\n", ".coe-review.yml:1: backend: expected one of rdu-sim, remote, got 'gpu'" },
        { "router:\n  kind: magic\n", ".coe-review.yml:2: router.kind: expected one of embedding, rules, got 'magic'" },
        { "router:\n  k: [1]\n", ".coe-review.yml:2: router.k: expected a whole number ≥ 1, got a list" },
        { "router:\n  treshold: 0.5\n", ".coe-review.yml:2: unknown key 'router.treshold' (allowed: kind, k, threshold, fallback, cache)" },
        { "minConfidence: lots\n", ".coe-review.yml:1: minConfidence: expected a number from 0 to 1, got 'lots'" },
        { "simulation:\n  hardwear: dgx-h100\n", ".coe-review.yml:2: unknown key 'simulation.hardwear' (allowed: hardware, baseline)" },
        { "backend: remote\nremote:\n  endpoint: http://127.0.0.1:1/v1\n  model: m\n  concurrency: many\n", ".coe-review.yml:5: remote.concurrency must be a whole number ≥ 1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_config_error_is_one_line_with_file_line_key_and_what_was_expected(string yaml, string expected)
    {
        // Given a config file with one wrong value
        using var repo = new TempGitRepo();
        repo.Write(".coe-review.yml", yaml).Write("a.cs", "class A {}\n").Commit();
        repo.Write("a.cs", "class A { }\n");

        // When a review runs
        var (exit, output, error) = await CliHarness.RunAsync(["review", "--repo", repo.Root], env: new() { ["COE_REVIEW_API_KEY"] = "k" });

        // Then it is bad input, one line naming where and what
        Assert.Equal(ExitCodes.InvalidInput, exit);
        var line = Assert.Single(error.Trim().Split('\n'));
        Assert.EndsWith(expected, line, StringComparison.Ordinal);
        Assert.Contains(repo.Root, line, StringComparison.Ordinal);
        Assert.Empty(output);
    }
}
