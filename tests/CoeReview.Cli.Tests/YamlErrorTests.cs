using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #13: a YAML syntax error in an expert or config file is bad input with its file and line, never exit 3.</summary>
public sealed class YamlErrorTests
{
    private const string UnclosedFlowList = "id: broken\ndescription: x\nrouting:\n  paths: [\"**/*.cs\"\n  keywords: [sql]\n";

    public static TheoryData<string[]> ExpertCommands() => new()
    {
        { ["experts", "validate"] },
        { ["experts", "list"] },
        { ["review"] },
        { ["route"] },
    };

    [Theory]
    [MemberData(nameof(ExpertCommands))]
    public async Task An_unclosed_flow_list_in_an_expert_file_is_one_line_with_file_and_line_and_exit_2(string[] command)
    {
        // Given an expert file whose '[' list is never closed and more keys follow
        using var repo = new TempGitRepo();
        repo.Write("experts/broken.yml", UnclosedFlowList).Write("a.cs", "class A {}\n").Commit();
        repo.Write("a.cs", "class A { }\n");

        // When any command that loads experts runs
        var (exit, _, error) = await CliHarness.RunAsync([.. command, "--repo", repo.Root]);

        // Then it is bad input pointing at the line that opened the list
        Assert.Equal(ExitCodes.InvalidInput, exit);
        var line = Assert.Single(error.Trim().Split('\n'));
        Assert.Matches(@"broken\.yml:4: invalid YAML: the '\[' opened here is never closed", line);
        Assert.DoesNotContain("InvalidOperationException", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("failLevel: error\nexperts: [security\nfilter: added\n", 2)]
    [InlineData("router: { kind: rules\nfilter: added\n", 1)]
    [InlineData("filter: added\n  bad: indent\n", 2)]
    public async Task A_yaml_syntax_error_in_the_config_file_is_one_line_with_file_and_line_and_exit_2(string yaml, int line)
    {
        // Given a config file that is not valid YAML
        using var repo = new TempGitRepo();
        repo.Write(".coe-review.yml", yaml).Write("a.cs", "class A {}\n").Commit();
        repo.Write("a.cs", "class A { }\n");

        // When a review runs
        var (exit, _, error) = await CliHarness.RunAsync(["review", "--repo", repo.Root]);

        // Then one line names the file and line
        Assert.Equal(ExitCodes.InvalidInput, exit);
        var only = Assert.Single(error.Trim().Split('\n'));
        Assert.Contains($".coe-review.yml:{line}: invalid YAML", only, StringComparison.Ordinal);
    }
}
