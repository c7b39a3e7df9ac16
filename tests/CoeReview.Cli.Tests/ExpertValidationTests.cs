using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #13: experts validate checks what an expert names against what the tool has.</summary>
public sealed class ExpertValidationTests
{
    private const string Custom = """
        id: custom
        description: Disposal checks
        routing:
          languages: [csharp]
        analysis:
          analyzers: [roslyn, eslint]
          rules: ["CA2000", "COE-PERF-*", "CS*", "CA1849", "NOPE-*"]
        model:
          profile: gpt-17
        """;

    [Fact]
    public async Task Validate_reports_unknown_analyzers_profiles_and_rules_each_with_its_line()
    {
        // Given a custom expert naming an analyzer, a profile and rules the tool does not have
        using var repo = new TempGitRepo();
        repo.Write("experts/custom.yml", Custom + "\n").Commit();

        // When it is validated
        var (exit, output, error) = await CliHarness.RunAsync(["experts", "validate", "--repo", repo.Root]);

        // Then each problem is its own file:line line, and what exists passes
        Assert.Equal(ExitCodes.InvalidInput, exit);
        var lines = error.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.Contains("custom.yml:6: unknown analyzer 'eslint' (known: roslyn)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("custom.yml:7: rule 'CA2000' matches no rule this tool reports", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("custom.yml:7: rule 'NOPE-*' matches no rule", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("custom.yml:9: unknown model profile 'gpt-17' (known: ", StringComparison.Ordinal));
        Assert.Equal(4, lines.Count);
        Assert.Equal("4 problems in 1 of 5 files", output.Trim());
    }
}
