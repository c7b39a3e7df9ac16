using System.Net;
using System.Net.Sockets;
using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;
using CoeReview.Remote.Tests.Fakes;
using CoeReview.Testing;

namespace CoeReview.Remote.Tests;

public sealed class ResilienceTests
{
    [Fact]
    public async Task A_429_is_retried_after_the_servers_Retry_After()
    {
        // Given a server that asks to wait one second (the client's own backoff is 20 ms)
        await using var server = FakeChatServer.Sequence(c => Scripted.OnFirstAddedLine(c), new ScriptedReply.Status(429, FakeChatServer.Seconds(1)));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri));

        // When the expert runs
        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        // Then the second attempt came about a second later and succeeded
        var calls = server.Calls;
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff_until_one_succeeds()
    {
        await using var server = FakeChatServer.Sequence(c => Scripted.OnFirstAddedLine(c), new ScriptedReply.Status(500), new ScriptedReply.Status(503));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri));

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(3, server.Calls.Count);
        Assert.Equal(ExpertStatus.Ok, result.Status);
        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task A_slow_attempt_times_out_and_the_next_attempt_answers()
    {
        await using var server = FakeChatServer.Sequence(c => Scripted.OnFirstAddedLine(c), new ScriptedReply.Content("{\"findings\":[]}") { Delay = TimeSpan.FromSeconds(5) });
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri, timeoutSeconds: 1));

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(2, server.Calls.Count);
        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task Connection_resets_and_cut_off_bodies_are_retried()
    {
        await using var server = FakeChatServer.Sequence(c => Scripted.OnFirstAddedLine(c), new ScriptedReply.Reset(), new ScriptedReply.Truncated("{\"findings\":[]}"));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri));

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(3, server.Calls.Count);
        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task An_endpoint_that_stays_down_fails_the_expert_and_keeps_every_analysis_finding()
    {
        // Given an endpoint that always answers 500
        await using var server = new FakeChatServer(_ => new ScriptedReply.Status(500));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri, retries: 2), null, Fixture.SqlFinding());

        // When the expert runs
        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        // Then it failed after the retries, says why, and kept the analysis
        Assert.Equal(3, server.Calls.Count);
        Assert.Equal(ExpertStatus.Failed, result.Status);
        Assert.Contains("HTTP 500", result.Reason, StringComparison.Ordinal);
        Assert.Equal(1, result.FailedTasks);
        Assert.Equal(["roslyn"], Assert.Single(result.Findings).Sources);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_reported_without_the_key()
    {
        // Given a port nothing listens on
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var backend = Fixture.Backend(Fixture.Options(new Uri($"http://127.0.0.1:{port}/v1/"), retries: 1), new Dictionary<string, string> { ["COE_REVIEW_API_KEY"] = "sk-secret-0123456789abcdefghij" });

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(ExpertStatus.Failed, result.Status);
        Assert.Contains("unreachable", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_circuit_opens_for_an_endpoint_that_keeps_failing()
    {
        // Given eight hunks, one request each, against an endpoint that always fails
        await using var server = new FakeChatServer(_ => new ScriptedReply.Status(502));
        var options = Fixture.Options(server.BaseUri, concurrency: 1, retries: 3) with { MaxHunksPerRequest = 1 };
        using var backend = Fixture.Backend(options);

        var result = await backend.RunAsync(Fixture.Work(ManyHunks(8)), CancellationToken.None);

        // Then far fewer than 8 × 4 attempts reached it, and every task is reported failed
        Assert.True(server.Calls.Count < 12, $"{server.Calls.Count} attempts reached a dead endpoint");
        Assert.Equal(ExpertStatus.Failed, result.Status);
        Assert.Equal(8, result.FailedTasks);
    }

    [Fact]
    public async Task Requests_in_flight_never_exceed_the_endpoint_limit_shared_by_experts()
    {
        // Given two experts on one endpoint, limits 3 and 5, and a slow model
        await using var server = new FakeChatServer(c => Scripted.Empty(c) with { Delay = TimeSpan.FromMilliseconds(150) });
        var options = Fixture.Options(server.BaseUri, concurrency: 5) with { MaxHunksPerRequest = 1 };
        options = options with { Experts = new Dictionary<string, Config.RemoteExpertOptions> { ["syntax"] = new() { Concurrency = 3 } } };
        using var backend = Fixture.Backend(options);
        var diff = ManyHunks(10);
        var work = new[] { Fixture.Work(diff, "security"), Fixture.Work(diff, "syntax") };
        await backend.PrepareAsync(work, CancellationToken.None);

        // When both run at once
        await Task.WhenAll(work.Select(w => backend.RunAsync(w, CancellationToken.None)));

        // Then the smaller limit held, and was used
        Assert.Equal(20, server.Calls.Count);
        Assert.Equal(3, server.MaxInFlight);
    }

    /// <summary>A C# file with <paramref name="count"/> separate one-line changes.</summary>
    internal static DiffSet ManyHunks(int count)
    {
        var lines = Enumerable.Range(1, count * 10).Select(i => $"    int Field{i} = {i};").ToList();
        var text = "class Many\n{\n" + string.Join('\n', lines) + "\n}\n";
        var added = Enumerable.Range(0, count).Select(i => 3 + (i * 10) + 5).ToArray();
        return TestDiffs.Set(TestDiffs.Modified("src/Many.cs", text, added), new Dictionary<string, string> { ["src/Many.cs"] = text });
    }
}
