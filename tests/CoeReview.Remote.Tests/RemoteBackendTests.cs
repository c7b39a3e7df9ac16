using System.Text.Json.Nodes;
using CoeReview.Core.Pipeline;
using CoeReview.Remote.Config;
using CoeReview.Remote.Tests.Fakes;

namespace CoeReview.Remote.Tests;

public sealed class RemoteBackendTests
{
    [Fact]
    public async Task Model_findings_carry_the_model_source_and_confidence_next_to_kept_analysis_findings()
    {
        // Given an endpoint whose model flags the first added line
        await using var server = new FakeChatServer(c => Scripted.OnFirstAddedLine(c, "sql-injection", "error", 0.83));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri), null, Fixture.SqlFinding());

        // When the security expert runs
        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        // Then both halves are there, with the model's usage
        Assert.Equal(ExpertStatus.Ok, result.Status);
        var model = Assert.Single(result.Findings, f => f.Sources.SequenceEqual(["model"]));
        Assert.Equal((Fixture.RepoPath, 10, 0.83, "security"), (model.Path, model.Line, model.Confidence, model.Expert));
        Assert.Single(result.Findings, f => f.Sources.SequenceEqual(["roslyn"]));
        Assert.Equal(new TokenUsage(100, 20, 1), result.Usage);
        var body = server.Calls[0].Json;
        Assert.Equal("json_object", body["response_format"]!["type"]!.GetValue<string>());
        Assert.Equal(512, body["max_completion_tokens"]!.GetValue<int>());
        Assert.Contains("line 10: [error] sql-injection", server.Calls[0].UserText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streamed_replies_are_assembled_from_server_sent_events()
    {
        await using var server = new FakeChatServer(c => Scripted.OnFirstAddedLine(c));
        var options = Fixture.Options(server.BaseUri);
        using var backend = Fixture.Backend(options with { Defaults = options.Defaults with { Stream = true } });

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.True(server.Calls[0].Stream);
        Assert.Equal(10, Assert.Single(result.Findings).Line);
        Assert.Equal(20, result.Usage!.OutputTokens);
    }

    [Fact]
    public async Task A_stream_cut_off_midway_is_asked_again_once()
    {
        await using var server = FakeChatServer.Sequence(c => Scripted.OnFirstAddedLine(c), new ScriptedReply.Truncated("{\"findings\":[{\"line\":10,\"severity\":\"error\"}]}"));
        var options = Fixture.Options(server.BaseUri);
        using var backend = Fixture.Backend(options with { Defaults = options.Defaults with { Stream = true } });

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(2, server.Calls.Count);
        Assert.Equal(10, Assert.Single(result.Findings).Line);
    }

    [Fact]
    public async Task The_key_goes_in_the_authorization_header_only()
    {
        await using var server = new FakeChatServer(Scripted.Empty);
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri), new Dictionary<string, string> { ["COE_REVIEW_API_KEY"] = "sk-test-0123456789abcdefghij" });

        await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal("Bearer sk-test-0123456789abcdefghij", server.Calls[0].Authorization);
        Assert.DoesNotContain("sk-test-0123456789abcdefghij", server.Calls[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_key_is_not_retried_and_the_reason_names_only_its_variable()
    {
        await using var server = new FakeChatServer(_ => new ScriptedReply.Status(401, Body: "{\"error\":{\"message\":\"Incorrect API key provided: sk-test-0123456789abcdefghij\"}}"));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri), new Dictionary<string, string> { ["COE_REVIEW_API_KEY"] = "sk-test-0123456789abcdefghij" });

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Single(server.Calls);
        Assert.Equal(ExpertStatus.Failed, result.Status);
        Assert.Contains("refused the key from COE_REVIEW_API_KEY", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-test", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Older_servers_get_max_tokens_and_json_schema_when_configured()
    {
        await using var server = new FakeChatServer(Scripted.Empty);
        var options = Fixture.Options(server.BaseUri);
        using var backend = Fixture.Backend(options with { Defaults = options.Defaults with { MaxTokensField = "max_tokens", ResponseFormat = "json_schema" } });

        await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        var body = server.Calls[0].Json;
        Assert.Equal(512, body["max_tokens"]!.GetValue<int>());
        Assert.Null(body["max_completion_tokens"]);
        Assert.Equal("json_schema", body["response_format"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Findings_on_invented_lines_or_paths_are_not_published_but_counted()
    {
        // Given a model that answers with one good finding and four that leave the diff or the schema
        await using var server = new FakeChatServer(c => new ScriptedReply.Content(Scripted.Findings(
            Scripted.Finding(null, 11),
            Scripted.Finding(null, 3),
            Scripted.Finding(Fixture.RepoPath, 400),
            Scripted.Finding("src/Other.cs", 10),
            Scripted.Finding(null, 10, severity: "critical"))));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri));

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(11, Assert.Single(result.Findings).Line);
        Assert.Equal(4, result.Rejected);
    }

    [Fact]
    public async Task A_reply_that_is_not_json_gets_one_repair_request()
    {
        await using var server = FakeChatServer.Sequence(c => Scripted.OnFirstAddedLine(c), new ScriptedReply.Content("Sure! The code looks fine to me."));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri));

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(2, server.Calls.Count);
        var repair = server.Calls[1].Messages;
        Assert.Equal(["system", "user", "assistant", "user"], repair.Select(m => m.Role));
        Assert.Contains("not usable", repair[3].Text, StringComparison.Ordinal);
        Assert.Single(result.Findings);
        Assert.Equal(0, result.FailedTasks);
        Assert.Equal(2, result.Usage!.Requests);
    }

    [Fact]
    public async Task Truncated_json_twice_fails_the_task_and_keeps_the_analysis()
    {
        await using var server = new FakeChatServer(_ => new ScriptedReply.Content("{\"findings\":[{\"line\":10,\"sever"));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri), null, Fixture.SqlFinding());

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(2, server.Calls.Count);
        Assert.Equal(ExpertStatus.Failed, result.Status);
        Assert.Equal(1, result.FailedTasks);
        Assert.Contains("after one repair", result.Reason, StringComparison.Ordinal);
        Assert.Equal(["roslyn"], Assert.Single(result.Findings).Sources);
    }

    [Fact]
    public async Task A_body_that_is_not_a_chat_completion_is_asked_again_once()
    {
        await using var server = FakeChatServer.Sequence(c => Scripted.OnFirstAddedLine(c), new ScriptedReply.Malformed("{\"choices\": 42"));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri));

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(2, server.Calls.Count);
        Assert.Single(result.Findings);
    }

    [Fact]
    public async Task Model_findings_quote_no_secret_and_no_key_even_when_the_model_does()
    {
        // Given a model that echoes the bearer key it was sent and a token shape
        const string key = "sk-live-key-0123456789abcdefghij";
        await using var server = new FakeChatServer(c => new ScriptedReply.Content(Scripted.Findings(
            Scripted.Finding(null, 10, message: $"Your key is {c.Authorization} and ghp_16C7e42F292c6912E7710c838347Ae178B4a"))));
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri), new Dictionary<string, string> { ["COE_REVIEW_API_KEY"] = key });

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        var message = Assert.Single(result.Findings).Message;
        Assert.DoesNotContain(key, message, StringComparison.Ordinal);
        Assert.DoesNotContain("ghp_16C7e42F", message, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task Cancellation_stops_the_review()
    {
        await using var server = new FakeChatServer(c => Scripted.Empty(c) with { Delay = TimeSpan.FromSeconds(10) });
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri, timeoutSeconds: 30));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), cts.Token));
    }

    [Fact]
    public async Task Missing_endpoint_fails_the_expert_and_keeps_its_analysis()
    {
        using var backend = Fixture.Backend(new RemoteOptions(), null, Fixture.SqlFinding());

        var result = await backend.RunAsync(Fixture.Work(Fixture.RepoDiff()), CancellationToken.None);

        Assert.Equal(ExpertStatus.Failed, result.Status);
        Assert.Contains("no endpoint", result.Reason, StringComparison.Ordinal);
        Assert.Single(result.Findings);
    }

    internal static JsonObject Body(ChatCall call) => call.Json;
}
