using CoeReview.Cli.Server;

namespace CoeReview.Cli.Tests;

/// <summary>Issue #11: the resident review server answers as the command line would have, and the client never depends on it.</summary>
/// <remarks>The server changes the process's current folder while it runs a command, so these run alone.</remarks>
[Collection(ServerCollection.Name)]
public sealed class ReviewServerTests : IAsyncLifetime
{
    private const string Diff = "diff --git a/src/A.cs b/src/A.cs\n--- a/src/A.cs\n+++ b/src/A.cs\n@@ -1,1 +1,2 @@\n class A {}\n+class B { int M() { return \"x\"; } }\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("coe-srv-test").FullName;
    private string _socket = "";
    private Task<int> _server = Task.FromResult(0);

    public Task InitializeAsync()
    {
        _socket = Path.Combine(_folder, "s.sock");
        Directory.CreateDirectory(Path.Combine(_folder, "src"));
        File.WriteAllText(Path.Combine(_folder, "src", "A.cs"), "class A {}\nclass B { int M() { return \"x\"; } }\n");
        File.WriteAllText(Path.Combine(_folder, ".coe-review.yml"), "router:\n  kind: rules\n");
        _server = new ReviewServer(_socket, TimeSpan.FromMinutes(2)).RunAsync(CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await SendAsync(["server", "stop"]);
        await _server.WaitAsync(TimeSpan.FromSeconds(30));
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_review_sent_to_the_server_prints_what_the_same_review_prints_in_process()
    {
        string[] args = ["review", "--diff", "-", "--repo", _folder, "--experts", "syntax", "--format", "json"];
        var here = await CliHarness.RunAsync(args, stdin: Diff, fakeEngine: false);

        var (exit, output, error) = await SendAsync(args, Diff);

        Assert.Equal(here.Exit, exit);
        Assert.Contains("CS0029", output, StringComparison.Ordinal);
        Assert.Equal(CliHarness.Normalize(here.Out, _folder), CliHarness.Normalize(output, _folder));
        Assert.Equal(here.Err, error);
    }

    [Fact]
    public async Task Bad_input_sent_to_the_server_is_still_one_line_on_stderr_and_exit_2()
    {
        var (exit, output, error) = await SendAsync(["review", "--repo", Path.Combine(_folder, "missing")]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal("", output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("coe-review: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relative_paths_are_the_clients_folder_not_the_servers()
    {
        var before = Environment.CurrentDirectory;
        Environment.CurrentDirectory = _folder;
        try
        {
            var (exit, output, _) = await SendAsync(["review", "--diff", "-", "--experts", "syntax", "--format", "json", "--output", "report.json"], Diff);

            Assert.Equal(ExitCodes.FindingsAtFailLevel, exit);
            Assert.Equal("", output);
            Assert.Contains("CS0029", await File.ReadAllTextAsync(Path.Combine(_folder, "report.json")), StringComparison.Ordinal);
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }
    }

    [Fact]
    public async Task Without_a_server_to_reach_or_start_the_client_says_so_and_the_command_runs_in_process()
    {
        var started = new List<string>();
        var missing = Path.Combine(_folder, "none.sock");

        var exit = await ServerClient.TryRunAsync(["review"], Context(new StringWriter(), new StringWriter(), ""), new Dictionary<string, string>(), missing, path =>
        {
            started.Add(path);
            return false;
        }, CancellationToken.None);

        Assert.Null(exit);
        Assert.Equal([missing], started);
    }

    [Theory]
    [InlineData("1", new[] { "review", "--base", "main" }, true)]
    [InlineData("1", new[] { "route" }, true)]
    [InlineData("1", new[] { "hook", "pre-push", "origin" }, true)]
    [InlineData("1", new[] { "pr" }, false)]
    [InlineData("1", new[] { "hook", "install" }, false)]
    [InlineData("0", new[] { "review" }, false)]
    [InlineData(null, new[] { "review" }, false)]
    public void Only_review_route_and_the_pre_push_hook_go_to_the_server_and_only_when_asked(string? variable, string[] args, bool wanted) =>
        Assert.Equal(wanted, ServerClient.Wanted(args, name => name == ServerClient.Variable ? variable : null));

    [Fact]
    public async Task A_client_that_sends_garbage_does_not_take_the_server_down()
    {
        using (var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified))
        {
            await socket.ConnectAsync(new System.Net.Sockets.UnixDomainSocketEndPoint(_socket));
            await socket.SendAsync("{not json\n"u8.ToArray());
        }

        var (exit, _, error) = await SendAsync(["review", "--repo", Path.Combine(_folder, "missing")]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("coe-review: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_server_for_the_same_socket_leaves_the_first_serving()
    {
        Assert.Equal(0, await new ReviewServer(_socket, TimeSpan.FromMinutes(1)).RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)));

        var (exit, _, _) = await SendAsync(["review", "--repo", Path.Combine(_folder, "missing")]);
        Assert.Equal(ExitCodes.InvalidInput, exit);
    }

    [Fact]
    public void A_command_runs_with_the_clients_environment_as_the_processs_and_the_servers_comes_back_after()
    {
        Environment.SetEnvironmentVariable("COE_SERVER_TEST_SERVERS", "server");
        var client = ProcessEnvironment.Current();
        client.Remove("COE_SERVER_TEST_SERVERS");
        client["COE_SERVER_TEST_CLIENTS"] = "client";

        var servers = ProcessEnvironment.Swap(client);
        var during = (Environment.GetEnvironmentVariable("COE_SERVER_TEST_CLIENTS"), Environment.GetEnvironmentVariable("COE_SERVER_TEST_SERVERS"));
        ProcessEnvironment.Swap(servers);
        var after = (Environment.GetEnvironmentVariable("COE_SERVER_TEST_CLIENTS"), Environment.GetEnvironmentVariable("COE_SERVER_TEST_SERVERS"));
        Environment.SetEnvironmentVariable("COE_SERVER_TEST_SERVERS", null);

        Assert.Equal(("client", (string?)null), during);
        Assert.Equal(((string?)null, "server"), after);
    }

    [Fact]
    public async Task Stop_ends_the_server()
    {
        await SendAsync(["server", "stop"]);

        Assert.Equal(0, await _server.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(File.Exists(_socket));
    }

    private async Task<(int Exit, string Out, string Err)> SendAsync(string[] args, string stdin = "")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await ServerClient.TryRunAsync(args, Context(output, error, stdin), ProcessEnvironment.Current(), _socket, _ => false, CancellationToken.None);
        return (exit ?? -1, output.ToString(), error.ToString());
    }

    private static CliContext Context(StringWriter output, StringWriter error, string stdin) => new(output, error, _ => null, new StringReader(stdin));
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerCollection
{
    public const string Name = "review server";
}
