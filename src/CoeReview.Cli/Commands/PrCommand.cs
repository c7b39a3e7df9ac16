using System.CommandLine;

namespace CoeReview.Cli.Commands;

/// <summary><c>coe-review pr</c>.</summary>
public static class PrCommand
{
    public static Command Create(CliContext context) =>
        PendingCommands.Create(context, "pr", "Review a GitHub pull request and publish the review");
}
