using CoeReview.Cli;
using CoeReview.Cli.Server;

var context = CliContext.FromProcess();
if (ServerClient.Wanted(args, context.Environment)
    && await ServerClient.TryRunAsync(args, context, ProcessEnvironment.Current(), ServerEndpoint.SocketPath(context.Environment), ServerClient.StartDetached, CancellationToken.None) is { } exit)
{
    return exit;
}

return await CliApp.RunAsync(args, context, CancellationToken.None);
