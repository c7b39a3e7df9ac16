using System.Net.Sockets;
using System.Runtime;
using System.Text;
using System.Text.Json;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Server;

/// <summary>
/// A resident process that runs reviews for the command line, as the compiler server does for
/// <c>dotnet build</c>: Roslyn, the analyzers, the reference assemblies and the embedding model stay
/// loaded and compiled, so a review of a commit costs its analysis and not the start of all that.
/// One command runs at a time, in the client's folder, with the client's environment (as the process's
/// own too, for what reads it directly, such as MSBuild's environment properties); the server ends
/// after it has been idle for a while.
/// </summary>
internal sealed class ReviewServer(string socketPath, TimeSpan idle)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        ServerEndpoint.PrepareFolder(socketPath);
        using (var live = await ServerClient.TryConnectAsync(socketPath, cancellationToken).ConfigureAwait(false))
        {
            if (live is not null)
            {
                return ExitCodes.Success; // two clients started a server at once: the first one serves
            }
        }

        File.Delete(socketPath); // a socket left by a server that was killed
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(16);
        try
        {
            while (true)
            {
                using var idleFor = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                idleFor.CancelAfter(idle);
                Socket client;
                try
                {
                    client = await listener.AcceptAsync(idleFor.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return ExitCodes.Success; // idle long enough, or asked to stop
                }

                using (client)
                {
                    try
                    {
                        if (!await ServeAsync(client, cancellationToken).ConfigureAwait(false))
                        {
                            return ExitCodes.Success;
                        }
                    }
                    catch (Exception e) when (e is JsonException or IOException or SocketException)
                    {
                        // A client that sent no request or left: serve the next one.
                    }
                }

                // What one review allocated is garbage now; give it back before waiting.
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect();
            }
        }
        finally
        {
            File.Delete(socketPath);
        }
    }

    // False when the client asked the server to stop.
    private static async Task<bool> ServeAsync(Socket client, CancellationToken cancellationToken)
    {
        await using var stream = new NetworkStream(client, ownsSocket: false);
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        var request = line is null ? null : JsonSerializer.Deserialize(line, ServerJson.Default.ServerRequest);
        if (request is null)
        {
            return true;
        }

        var stop = request.Args is ["server", "stop"];
        var reply = stop ? new ServerReply("", "", ExitCodes.Success) : await RunAsync(request, cancellationToken).ConfigureAwait(false);
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(reply, ServerJson.Default.ServerReply) + "\n");
        try
        {
            await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // The client went away (Ctrl+C): nobody is waiting for this reply.
        }

        return !stop;
    }

    internal static async Task<ServerReply> RunAsync(ServerRequest request, CancellationToken cancellationToken)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = request.Environment;
        var context = new CliContext(output, error, name => environment.GetValueOrDefault(name), new StringReader(request.Input ?? ""))
        {
            OutIsTerminal = request.OutIsTerminal,
        };
        var before = Environment.CurrentDirectory;
        var own = ProcessEnvironment.Swap(environment);
        StageProfile.Enabled = environment.GetValueOrDefault("COE_REVIEW_TRACE") == "1";
        StageProfile.Reset();
        int exit;
        try
        {
            Environment.CurrentDirectory = request.Directory;
            exit = await CliApp.RunAsync(request.Args, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await error.WriteLineAsync($"coe-review: the review server failed: {e.Message}").ConfigureAwait(false);
            exit = ExitCodes.InfrastructureFailure;
        }
        finally
        {
            Environment.CurrentDirectory = before;
            ProcessEnvironment.Swap(own);
        }

        return new ServerReply(output.ToString(), error.ToString(), exit);
    }
}
