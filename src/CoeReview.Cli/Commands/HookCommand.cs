using System.CommandLine;

namespace CoeReview.Cli.Commands;

/// <summary><c>coe-review hook</c>.</summary>
public static class HookCommand
{
    public static Command Create(CliContext context) =>
        PendingCommands.Create(context, "hook", "Install, uninstall or run the git pre-push hook");
}
