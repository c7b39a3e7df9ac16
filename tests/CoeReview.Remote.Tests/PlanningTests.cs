using CoeReview.Core.Pipeline;
using CoeReview.Remote.Tests.Fakes;

namespace CoeReview.Remote.Tests;

/// <summary>The remote backend sends what the planner packed; its run budget admits by priority (the planner's own tests are in CoeReview.Prompting.Tests).</summary>
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
}
