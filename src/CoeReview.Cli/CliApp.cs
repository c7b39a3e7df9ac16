using System.CommandLine;
using CoeReview.Cli.Commands;
using CoeReview.Cli.Commands.Sim;
using CoeReview.Cli.Reporting;

namespace CoeReview.Cli;

/// <summary>The command line, runnable in-process for tests.</summary>
public static class CliApp
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("CoeReview: Composition-of-Experts code review for .NET")
        {
            ReviewCommand.Create(context),
            PrCommand.Create(context),
            HookCommand.Create(context),
            ExpertsCommand.Create(context),
            RouteCommand.Create(context),
            SimCommand.Create(context),
            ServerCommand.Create(context),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // System.CommandLine would print help and exit 1; the contract says one line and exit 2.
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            var message = string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            await context.Error.WriteLineAsync($"coe-review: {message} (see 'coe-review --help')").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        var config = new InvocationConfiguration { Output = context.Out, Error = context.Error, ProcessTerminationTimeout = TimeSpan.FromSeconds(3) };
        return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }
}
