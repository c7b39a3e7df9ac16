using CoeReview.GitHub.Tests.Support;
using CoeReview.Testing;

namespace CoeReview.GitHub.Tests.Cli;

/// <summary>`coe-review hook` in-process: install/uninstall and the pre-push review fed git's stdin lines.</summary>
public sealed class HookCommandTests : IDisposable
{
    private const string Zero = "0000000000000000000000000000000000000000";
    private readonly GitSandbox _git = new();

    public void Dispose() => _git.Dispose();

    [Fact]
    public async Task Pre_push_blocks_a_push_whose_commits_have_errors_and_allows_a_clean_one()
    {
        var repo = _git.NewRepo();
        var clean = _git.Commit(repo, "src/Ok.cs", "class Ok { }\n", "clean");
        var buggy = _git.Commit(repo, "src/Bad.cs", "class Bad { } // BUG\n", "buggy");

        var blocked = await InProcessCli.RunAsync(["hook", "pre-push", "origin", "/remote.git", "--repo", repo], stdin: $"refs/heads/main {buggy} refs/heads/main {clean}\n");
        var allowed = await InProcessCli.RunAsync(["hook", "pre-push", "origin", "/remote.git", "--repo", repo], stdin: $"refs/heads/main {clean} refs/heads/main {Zero}\n");

        Assert.Equal(1, blocked.Exit);
        Assert.Contains("src/Bad.cs", blocked.Out, StringComparison.Ordinal);
        Assert.Contains("--no-verify", blocked.Err, StringComparison.Ordinal);
        Assert.Equal(0, allowed.Exit);
    }

    [Fact]
    public async Task Install_and_uninstall_report_what_they_did()
    {
        var repo = _git.NewRepo();

        var installed = await InProcessCli.RunAsync(["hook", "install", "--repo", repo, "--command", "/usr/local/bin/coe-review"]);
        var removed = await InProcessCli.RunAsync(["hook", "uninstall", "--repo", repo]);

        Assert.Equal((0, 0), (installed.Exit, removed.Exit));
        Assert.Contains("pre-push hook installed", installed.Out, StringComparison.Ordinal);
        Assert.Contains("pre-push hook removed", removed.Out, StringComparison.Ordinal);
    }
}
