using System.CommandLine;

namespace CoeReview.Cli.Commands;

/// <summary><c>coe-review sim</c>.</summary>
public static class SimCommand
{
    public static Command Create(CliContext context) =>
        PendingCommands.Create(context, "sim", "Simulate a Composition of Experts on an SN40L node or a GPU system");
}
