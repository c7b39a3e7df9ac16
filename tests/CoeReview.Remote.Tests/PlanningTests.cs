using System.Text;
using CoeReview.Core.Pipeline;
using CoeReview.Remote.Config;
using CoeReview.Remote.Planning;
using CoeReview.Remote.Tests.Fakes;

namespace CoeReview.Remote.Tests;

public sealed class PlanningTests
{
    [Fact]
    public async Task Hunks_are_packed_into_requests_up_to_the_limits()
    {
        // Given ten small hunks and at most four per request
        await using var server = new FakeChatServer(Scripted.Empty);
        using var backend = Fixture.Backend(Fixture.Options(server.BaseUri) with { MaxHunksPerRequest = 4 });

        // When the expert runs
        var result = await backend.RunAsync(Fixture.Work(ResilienceTests.ManyHunks(10)), CancellationToken.None);

        // Then three requests carried all ten hunks, each once
        Assert.Equal(3, server.Calls.Count);
        var shown = server.Calls.SelectMany(c => c.ReviewLines.Where(l => l.Added).Select(l => l.Line)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => 8 + (i * 10)), shown);
        Assert.Empty(result.NotSent);
        Assert.Equal(10, result.Tasks);
    }

    [Fact]
    public void An_oversized_hunk_is_split_at_member_boundaries()
    {
        // Given one added class of six methods, larger than the request budget allows at once
        var text = BigClass(methods: 6, linesPerMethod: 30);
        var lineCount = text.Split('\n').Length - 1;
        var diff = TestDiffs.Set(TestDiffs.Modified("src/Big.cs", text, [.. Enumerable.Range(1, lineCount)]), new Dictionary<string, string> { ["src/Big.cs"] = text });
        var options = new RemoteOptions { RequestTokenBudget = 2600 };
        var endpoint = options with { Defaults = new RemoteExpertOptions { Endpoint = "http://h/v1", Model = "m" } };

        // When planned
        var plan = new RequestPlanner(options).Plan(Fixture.Work(diff, "syntax"), endpoint.Resolve(Fixture.Expert("syntax")), []);

        // Then it became several parts, each starting on a method's first line, all lines covered once
        var pieces = plan.Requests.SelectMany(r => r.Pieces).OrderBy(p => p.Part).ToList();
        Assert.InRange(pieces.Count, 3, 6);
        Assert.All(plan.Requests, r => Assert.True(r.PromptTokens <= 2600, $"{r.PromptTokens} tokens"));
        var methodStarts = CSharpMembers.Find(text).Where(m => m.Kind == "MethodDeclaration").Select(m => m.StartLine).ToHashSet();
        Assert.All(pieces.Skip(1), p => Assert.Contains(p.Lines.First(l => l.NewLine is not null).NewLine!.Value, methodStarts));
        Assert.Equal(Enumerable.Range(1, lineCount), pieces.SelectMany(p => p.ReviewLines).Order());
        Assert.All(pieces, p => Assert.Equal(pieces.Count, p.Parts));
        Assert.Empty(plan.NotSent);
    }

    [Fact]
    public void The_enclosing_member_is_quoted_as_context_when_the_hunk_shows_only_part_of_it()
    {
        // Given a change in the middle of a long method
        var text = BigClass(methods: 1, linesPerMethod: 30);
        var diff = TestDiffs.Set(TestDiffs.Modified("src/Big.cs", text, 20), new Dictionary<string, string> { ["src/Big.cs"] = text });
        var options = new RemoteOptions { Defaults = new RemoteExpertOptions { Endpoint = "http://h/v1", Model = "m" } };

        // When planned
        var piece = Assert.Single(new RequestPlanner(options).Plan(Fixture.Work(diff, "syntax"), options.Resolve(Fixture.Expert("syntax")), []).Requests).Pieces[0];

        // Then the method's lines outside the hunk come along as context, its declaration first
        Assert.Contains(piece.Context, l => l.Contains("public int Method0(int x)", StringComparison.Ordinal));
        Assert.DoesNotContain(piece.Context, l => l.StartsWith("    20 |", StringComparison.Ordinal));
        Assert.Contains("Enclosing member (context only", PromptBuilder.Render(piece), StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_run_budget_goes_to_higher_priority_experts_and_what_was_not_sent_is_listed()
    {
        // Given a run budget that covers about one expert's requests, and security outranking tests
        await using var server = new FakeChatServer(Scripted.Empty);
        var options = Fixture.Options(server.BaseUri) with { RunTokenBudget = 2500, MaxHunksPerRequest = 10 };
        using var backend = Fixture.Backend(options);
        var diff = ResilienceTests.ManyHunks(3);
        var work = new[] { Fixture.Work(diff, "tests"), Fixture.Work(diff, "security") };

        // When the review is prepared and run
        await backend.PrepareAsync(work, CancellationToken.None);
        var tests = await backend.RunAsync(work[0], CancellationToken.None);
        var security = await backend.RunAsync(work[1], CancellationToken.None);

        // Then security was sent, tests was not, and its hunks are in NotSent with the reason
        Assert.Single(server.Calls);
        Assert.Contains("security expert", server.Calls[0].UserText, StringComparison.Ordinal);
        Assert.Empty(security.NotSent);
        Assert.Equal(3, tests.NotSent.Count);
        Assert.All(tests.NotSent, n => Assert.Contains("run token budget", n.Reason, StringComparison.Ordinal));
        Assert.Equal(ExpertStatus.Ok, tests.Status);
    }

    [Fact]
    public void Within_an_expert_riskier_hunks_go_first()
    {
        // Given three hunks, the last of which carries an analysis error
        var diff = ResilienceTests.ManyHunks(3);
        var options = new RemoteOptions { Defaults = new RemoteExpertOptions { Endpoint = "http://h/v1", Model = "m" }, MaxHunksPerRequest = 1 };
        var risky = FakeAnalysisEngine.Finding("COE-SEC-001", "sql-injection", Core.Findings.Severity.Error, "src/Many.cs", 28) with { Expert = "security" };

        // When planned
        var plan = new RequestPlanner(options).Plan(Fixture.Work(diff), options.Resolve(Fixture.Expert("security")), [risky]);

        // Then its request comes first
        Assert.Contains(28, plan.Requests[0].Pieces[0].ReviewLines);
    }

    [Fact]
    public void A_request_budget_smaller_than_the_prompt_sends_nothing_and_says_so()
    {
        var options = new RemoteOptions { Defaults = new RemoteExpertOptions { Endpoint = "http://h/v1", Model = "m" }, RequestTokenBudget = 300 };

        var plan = new RequestPlanner(options).Plan(Fixture.Work(Fixture.RepoDiff()), options.Resolve(Fixture.Expert("security")), []);

        Assert.Empty(plan.Requests);
        Assert.Contains("leaves no room", Assert.Single(plan.NotSent).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_tree_members_are_found_in_the_hunk_itself()
    {
        var members = CSharpMembers.Find("    public void A()\n    {\n    }\n    public int B => 1;", firstLine: 40);

        Assert.Equal([40, 43], members.Select(m => m.StartLine));
    }

    internal static string BigClass(int methods, int linesPerMethod)
    {
        var sb = new StringBuilder("namespace Big;\n\npublic sealed class Big\n{\n");
        for (var m = 0; m < methods; m++)
        {
            sb.Append($"    public int Method{m}(int x)\n    {{\n");
            for (var i = 0; i < linesPerMethod; i++)
            {
                sb.Append($"        x = (x * {i + 3}) + Helper{m}(x, \"value number {i} of method {m}\");\n");
            }

            sb.Append("        return x;\n    }\n\n");
        }

        return sb.Append("}\n").ToString();
    }
}
