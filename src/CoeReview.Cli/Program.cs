using CoeReview.Cli;
using CoeReview.Cli.Server;
using CoeReview.Routing.Embedding;

// First, while the process has one thread: setenv is not safe beside threads that read the environment.
OrtTelemetry.OptOut();

var context = CliContext.FromProcess();
if (ServerClient.Wanted(args, context.Environment)
    && await ServerClient.TryRunAsync(args, context, ProcessEnvironment.Current(), ServerEndpoint.SocketPath(context.Environment), ServerClient.StartDetached, CancellationToken.None) is { } exit)
{
    return exit;
}

return await CliApp.RunAsync(args, context, CancellationToken.None);
