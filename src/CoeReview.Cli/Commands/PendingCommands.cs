using System.CommandLine;

namespace CoeReview.Cli.Commands;

/// <summary>Commands whose implementation lands with its own issue; they say so and exit 2.</summary>
public static class PendingCommands
{
    public static Command Create(CliContext context, string name, string description)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction((_, ct) => CommandGuard.RunAsync(context, _ => throw new CliInputException($"'{name}' is not available in this build yet"), ct));
        return command;
    }
}
