using System.CommandLine;

namespace CoeReview.Cli.Commands;

/// <summary><c>coe-review review</c>: review local changes, a range or a diff file.</summary>
public static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ReviewOptionSet();
        var command = new Command("review", "Review uncommitted changes, a branch (--base) or a diff file (--diff)");
        options.AddTo(command);
        command.SetAction((parse, ct) => CommandGuard.RunAsync(context, token => ReviewRunner.RunAsync(options.Read(parse), context, token), ct));
        return command;
    }
}
