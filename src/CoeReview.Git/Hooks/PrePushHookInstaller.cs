using System.Text;
using LibGit2Sharp;

namespace CoeReview.Git.Hooks;

/// <summary>
/// Writes and removes the git pre-push hook that runs <c>coe-review hook pre-push</c>. A hook that
/// is not ours is kept: renamed to <see cref="ChainedName"/> and run first with the same stdin and
/// arguments; uninstall removes only our hook (recognised by <see cref="Marker"/>) and puts it back.
/// Honours core.hooksPath and linked worktrees.
/// </summary>
public static class PrePushHookInstaller
{
    public const string Marker = "# coe-review pre-push hook";

    public const string ChainedName = "pre-push.before-coe-review";

    /// <param name="repoPath">A folder inside the repository.</param>
    /// <param name="command">The program (and arguments) that runs coe-review, e.g. its absolute path.</param>
    public static HookInstallResult Install(string repoPath, IReadOnlyList<string> command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var dir = HooksDirectory(repoPath);
        Directory.CreateDirectory(dir);
        var hook = Path.Combine(dir, "pre-push");
        var chained = Path.Combine(dir, ChainedName);
        var message = "installed";
        if (File.Exists(hook) && !IsOurs(hook))
        {
            if (File.Exists(chained))
            {
                throw new GitInputException($"{hook} is not coe-review's and {ChainedName} already exists: merge them by hand, then run 'coe-review hook install' again");
            }

            File.Move(hook, chained);
            message = $"installed; your existing pre-push hook was kept as {ChainedName} and runs first";
        }
        else if (File.Exists(hook))
        {
            message = "updated";
        }

        File.WriteAllText(hook, Script(command), new UTF8Encoding(false));
        MakeExecutable(hook);
        return new HookInstallResult(true, $"pre-push hook {message}: {hook}", hook);
    }

    public static HookInstallResult Uninstall(string repoPath)
    {
        var dir = HooksDirectory(repoPath);
        var hook = Path.Combine(dir, "pre-push");
        var chained = Path.Combine(dir, ChainedName);
        if (!File.Exists(hook) || !IsOurs(hook))
        {
            return new HookInstallResult(false, File.Exists(hook) ? $"{hook} is not coe-review's; left alone" : "no pre-push hook installed", hook);
        }

        File.Delete(hook);
        if (File.Exists(chained))
        {
            File.Move(chained, hook);
            return new HookInstallResult(true, $"pre-push hook removed; your earlier hook is back at {hook}", hook);
        }

        return new HookInstallResult(true, $"pre-push hook removed: {hook}", hook);
    }

    public static bool IsOurs(string hookPath) => File.ReadLines(hookPath).Take(5).Any(l => l.StartsWith(Marker, StringComparison.Ordinal));

    /// <summary>Where git looks for hooks: core.hooksPath, else the common .git/hooks (shared by linked worktrees).</summary>
    public static string HooksDirectory(string repoPath)
    {
        var found = Repository.Discover(Path.GetFullPath(repoPath)) ?? throw new GitInputException($"'{repoPath}' is not inside a git repository");
        using var repo = new Repository(found);
        var configured = repo.Config.Get<string>("core.hooksPath")?.Value;
        if (!string.IsNullOrEmpty(configured))
        {
            if (configured.StartsWith("~/", StringComparison.Ordinal))
            {
                configured = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), configured[2..]);
            }

            return Path.GetFullPath(configured, repo.Info.WorkingDirectory ?? repo.Info.Path);
        }

        var gitDir = repo.Info.Path;
        var commonFile = Path.Combine(gitDir, "commondir");
        var common = File.Exists(commonFile) ? Path.GetFullPath(File.ReadAllText(commonFile).Trim(), gitDir) : gitDir;
        return Path.Combine(common, "hooks");
    }

    private static string Script(IReadOnlyList<string> command)
    {
        var quoted = string.Join(' ', command.Select(Quote));
        return $$"""
            #!/bin/sh
            {{Marker}}: installed by 'coe-review hook install', removed by 'coe-review hook uninstall'.
            # Skip it for one push with: git push --no-verify
            # Reviews run in a resident server that stays 10 minutes after the last push; COE_REVIEW_SERVER=0 runs each in its own process.
            COE_REVIEW_SERVER="${COE_REVIEW_SERVER:-1}"
            export COE_REVIEW_SERVER
            hook_dir=$(dirname "$0")
            input=$(cat)
            if [ -x "$hook_dir/{{ChainedName}}" ]; then
              printf '%s\n' "$input" | "$hook_dir/{{ChainedName}}" "$@" || exit $?
            fi
            if [ -n "${COE_REVIEW_COMMAND:-}" ]; then
              printf '%s\n' "$input" | $COE_REVIEW_COMMAND hook pre-push "$@"
              exit $?
            fi
            printf '%s\n' "$input" | {{quoted}} hook pre-push "$@"

            """.ReplaceLineEndings("\n");
    }

    /// <summary>POSIX single quotes: nothing inside is special except the quote itself.</summary>
    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
