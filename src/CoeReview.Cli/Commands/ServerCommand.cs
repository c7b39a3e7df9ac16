using System.CommandLine;
using CoeReview.Cli.Server;

namespace CoeReview.Cli.Commands;

/// <summary>
/// <c>coe-review server</c>: the resident review server that <c>COE_REVIEW_SERVER=1</c> starts on
/// first use; <c>server stop</c> ends it. Hidden: users set the variable, not run this.
/// </summary>
internal static class ServerCommand
{
    public static Command Create(CliContext context)
    {
        var socket = new Option<string?>("--socket") { Description = "The Unix socket to listen on (default: this build's own)" };
        var idle = new Option<int>("--idle") { Description = "Seconds without a request before the server ends", DefaultValueFactory = _ => 600 };
        var command = new Command("server", "Run the resident review server") { Hidden = true };
        command.Options.Add(socket);
        command.Options.Add(idle);
        command.SetAction((parse, ct) => CommandGuard.RunAsync(context, token =>
            new ReviewServer(parse.GetValue(socket) ?? ServerEndpoint.SocketPath(context.Environment), TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(idle)))).RunAsync(token), ct));

        var stop = new Command("stop", "Stop the review server of this build");
        stop.SetAction((parse, ct) => CommandGuard.RunAsync(context, async token =>
            await ServerClient.TryRunAsync(["server", "stop"], context, new Dictionary<string, string>(), ServerEndpoint.SocketPath(context.Environment), _ => false, token).ConfigureAwait(false) ?? ExitCodes.Success, ct));
        command.Subcommands.Add(stop);
        return command;
    }
}
