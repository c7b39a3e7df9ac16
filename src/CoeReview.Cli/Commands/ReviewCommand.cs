using System.CommandLine;

namespace CoeReview.Cli.Commands;

/// <summary><c>coe-review review</c>: review local changes, a range or a diff file.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext context)
    {
        var options = new ReviewOptionSet();
        var cost = new Option<bool>("--cost") { Description = "Also show what the experts' models would cost on the simulated CoE hardware and on a GPU system" };
        var command = new Command("review", "Review uncommitted changes, a branch (--base) or a diff file (--diff)");
        options.AddTo(command);
        command.Options.Add(cost);
        command.SetAction((parse, ct) => CommandGuard.RunAsync(context, token => ReviewRunner.RunAsync(options.Read(parse) with { Cost = parse.GetValue(cost) }, context, token), ct));
        return command;
    }
}
