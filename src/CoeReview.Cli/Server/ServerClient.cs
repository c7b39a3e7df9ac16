using System.Diagnostics;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace CoeReview.Cli.Server;

/// <summary>
/// The command line's side of the review server: with <c>COE_REVIEW_SERVER=1</c>, review, route and
/// the pre-push hook are sent to the server (started on first use) instead of being run here. Any
/// failure to reach it runs the command in this process, as without the variable.
/// </summary>
internal static class ServerClient
{
    public const string Variable = "COE_REVIEW_SERVER";
    private static readonly TimeSpan s_startWait = TimeSpan.FromSeconds(15);

    /// <summary>True for the commands the server runs, when the user asked for it.</summary>
    public static bool Wanted(string[] args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        return environment(Variable) == "1" && !OperatingSystem.IsWindows()
            && args is ["review", ..] or ["route", ..] or ["hook", "pre-push", ..];
    }

    /// <summary>The command's exit code from the server, or null when the server could not be reached or started.</summary>
    public static async Task<int?> TryRunAsync(string[] args, CliContext context, IReadOnlyDictionary<string, string> environment, string socketPath, Func<string, bool> start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(start);
        try
        {
            using var socket = await ConnectAsync(socketPath, start, cancellationToken).ConfigureAwait(false);
            if (socket is null)
            {
                return null;
            }

            var input = ReadsInput(args) ? await context.In.ReadToEndAsync(cancellationToken).ConfigureAwait(false) : null;
            var request = new ServerRequest(args, Environment.CurrentDirectory, environment, input, context.OutIsTerminal);
            await using var stream = new NetworkStream(socket, ownsSocket: false);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, ServerJson.Default.ServerRequest) + "\n"), cancellationToken).ConfigureAwait(false);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || JsonSerializer.Deserialize(line, ServerJson.Default.ServerReply) is not { } reply)
            {
                return null; // the server died mid-review: nothing was printed, so run it here
            }

            await context.Out.WriteAsync(reply.Out).ConfigureAwait(false);
            await context.Error.WriteAsync(reply.Error).ConfigureAwait(false);
            return reply.Exit;
        }
        catch (Exception e) when (e is SocketException or IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Starts a detached server for the socket: this program with the <c>server</c> command.</summary>
    public static bool StartDetached(string socketPath)
    {
        var program = Environment.ProcessPath;
        if (program is null)
        {
            return false;
        }

        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            // Its own pipes, closed at once: a caller reading this process's output to the end must not wait for the server.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(program) == "dotnet" && Assembly.GetEntryAssembly()?.Location is { Length: > 0 } dll)
        {
            start.ArgumentList.Add(dll);
        }

        foreach (var arg in new[] { "server", "--socket", socketPath })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start);
        if (process is null)
        {
            return false;
        }

        process.StandardInput.Close();
        process.StandardOutput.Close();
        process.StandardError.Close();
        return true;
    }

    private static async Task<Socket?> ConnectAsync(string socketPath, Func<string, bool> start, CancellationToken cancellationToken)
    {
        if (await TryConnectAsync(socketPath, cancellationToken).ConfigureAwait(false) is { } running)
        {
            return running;
        }

        if (!start(socketPath))
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < s_startWait)
        {
            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            if (await TryConnectAsync(socketPath, cancellationToken).ConfigureAwait(false) is { } started)
            {
                return started;
            }
        }

        return null;
    }

    /// <summary>A connection to the server listening on the socket, or null when none does.</summary>
    internal static async Task<Socket?> TryConnectAsync(string socketPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(socketPath))
        {
            return null;
        }

        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }

    // git hands the pre-push hook its refs on stdin, and --diff - reads the diff from it.
    private static bool ReadsInput(string[] args) =>
        args is ["hook", "pre-push", ..] || args.Any(a => a is "--diff=-" or "--diff:-") || args.Zip(args.Skip(1)).Any(p => p.First == "--diff" && p.Second == "-");
}
