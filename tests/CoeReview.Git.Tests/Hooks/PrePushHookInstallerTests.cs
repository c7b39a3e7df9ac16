using CoeReview.Git.Hooks;
using CoeReview.Testing;

namespace CoeReview.Git.Tests.Hooks;

public sealed class PrePushHookInstallerTests : IDisposable
{
    private readonly GitSandbox _git = new();

    public void Dispose() => _git.Dispose();

    [Fact]
    public void Install_writes_an_executable_marked_hook_and_uninstall_removes_it()
    {
        var repo = _git.NewRepo();
        var hook = Path.Combine(repo, ".git", "hooks", "pre-push");

        var installed = PrePushHookInstaller.Install(repo, ["/opt/coe review/coe-review"]);

        Assert.Equal(hook, installed.HookPath);
        Assert.True(PrePushHookInstaller.IsOurs(hook));
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(hook).HasFlag(UnixFileMode.UserExecute));
        Assert.Contains("'/opt/coe review/coe-review' hook pre-push \"$@\"", File.ReadAllText(hook), StringComparison.Ordinal);
        Assert.True(PrePushHookInstaller.Uninstall(repo).Changed);
        Assert.False(File.Exists(hook));
    }

    [Fact]
    public void A_foreign_hook_is_kept_chained_and_restored_on_uninstall()
    {
        // Given a hook of the user's own
        var repo = _git.NewRepo();
        var dir = Path.Combine(repo, ".git", "hooks");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "pre-push"), "#!/bin/sh\nexit 0\n");

        // When ours is installed and removed again
        var installed = PrePushHookInstaller.Install(repo, ["coe-review"]);
        var chained = File.ReadAllText(Path.Combine(dir, PrePushHookInstaller.ChainedName));
        var removed = PrePushHookInstaller.Uninstall(repo);

        // Then the user's hook ran first meanwhile and is back in place afterwards
        Assert.Contains("kept", installed.Message, StringComparison.Ordinal);
        Assert.Equal("#!/bin/sh\nexit 0\n", chained);
        Assert.Contains("back", removed.Message, StringComparison.Ordinal);
        Assert.Equal("#!/bin/sh\nexit 0\n", File.ReadAllText(Path.Combine(dir, "pre-push")));
    }

    [Fact]
    public void Install_refuses_clearly_when_the_chain_slot_is_taken_and_uninstall_leaves_foreign_hooks_alone()
    {
        var repo = _git.NewRepo();
        var dir = Path.Combine(repo, ".git", "hooks");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "pre-push"), "#!/bin/sh\nexit 0\n");
        File.WriteAllText(Path.Combine(dir, PrePushHookInstaller.ChainedName), "#!/bin/sh\nexit 0\n");

        var e = Assert.Throws<GitInputException>(() => PrePushHookInstaller.Install(repo, ["coe-review"]));
        var un = PrePushHookInstaller.Uninstall(repo);

        Assert.Contains("merge them by hand", e.Message, StringComparison.Ordinal);
        Assert.False(un.Changed);
        Assert.Contains("not coe-review's", un.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_hooks_path_is_honoured()
    {
        var repo = _git.NewRepo();
        _git.Git(repo, "config core.hooksPath .githooks");

        var installed = PrePushHookInstaller.Install(repo, ["coe-review"]);

        Assert.Equal(Path.Combine(repo, ".githooks", "pre-push"), installed.HookPath);
    }
}
