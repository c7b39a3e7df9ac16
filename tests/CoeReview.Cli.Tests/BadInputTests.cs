using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

public sealed class BadInputTests
{
    public static TheoryData<string[], string> Cases() => new()
    {
        { ["review", "--bogus"], "Unrecognized command or argument '--bogus'" },
        { ["review", "--format", "pdf"], "pdf" },
        { ["review", "--repo", "/no/such/folder"], "is not a directory" },
        { ["review", "--diff", "/no/such.diff"], "no/such.diff" },
        { ["review", "--head", "HEAD"], "--head needs --base" },
        { ["review", "--experts", "nobody"], "unknown expert 'nobody'" },
        { ["review", "--config", "/no/such.yml"], "config file '/no/such.yml' not found" },
        { ["frobnicate"], "Unrecognized command or argument 'frobnicate'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_prints_one_line_on_stderr_and_exits_2(string[] args, string expected)
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();
        var withRepo = args.Contains("--repo") || args[0] != "review" ? args : [.. args, "--repo", repo.Root];

        var (exit, output, error) = await CliHarness.RunAsync(withRepo);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_git_repo_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;

        var (exit, _, error) = await CliHarness.RunAsync(["review", "--repo", folder]);

        Assert.Equal(2, exit);
        Assert.Contains("not inside a git repository", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_ref_exits_2()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();

        var (exit, _, error) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--base", "nope"]);

        Assert.Equal(2, exit);
        Assert.Equal("coe-review: unknown ref 'nope'", error.Trim());
    }

    [Fact]
    public async Task A_malformed_diff_exits_2_naming_the_line()
    {
        var (exit, _, error) = await CliHarness.RunAsync(["review", "--diff", "-"], stdin: "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n");

        Assert.Equal(2, exit);
        Assert.Contains("truncated", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_expert_file_in_the_repo_exits_2_with_file_and_line()
    {
        using var repo = new TempGitRepo();
        repo.Write("experts/broken.yml", "id: broken\ndescription: x\nrouting:\n  languages: [klingon]\n").Commit();
        repo.Write("a.cs", "class A {}\n");

        var (exit, _, error) = await CliHarness.RunAsync(["review", "--repo", repo.Root]);
        var (validateExit, _, validateError) = await CliHarness.RunAsync(["experts", "validate", "--repo", repo.Root]);

        Assert.Equal(2, exit);
        Assert.Contains("broken.yml:4: unknown language 'klingon'", error, StringComparison.Ordinal);
        Assert.Equal(2, validateExit);
        Assert.Contains("broken.yml:4:", validateError, StringComparison.Ordinal);
    }
}
