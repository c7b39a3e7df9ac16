using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Tests;

public sealed class ReporterChainTests
{
    [Fact]
    public async Task A_reporter_that_throws_is_recorded_and_every_later_reporter_still_runs()
    {
        var ran = new List<string>();
        var chain = new ReporterChain([new Recording("text", ran), new Throwing("github"), new Recording("summary", ran), new Throwing("outputs")]);

        var failures = await chain.RunAsync(Review(), CancellationToken.None);

        Assert.Equal(["text", "summary"], ran);
        Assert.Equal(["github", "outputs"], failures.Select(f => f.Reporter));
        Assert.Equal("github is down", failures[0].Error.Message);
    }

    [Fact]
    public async Task Cancellation_stops_the_chain()
    {
        var ran = new List<string>();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ReporterChain([new Cancelled(), new Recording("text", ran)]).RunAsync(Review(), cts.Token));
        Assert.Empty(ran);
    }

    private static Review Review() => new("/repo", "b", "h", "test", [], [], new RoutingPlan([]), new Coverage(0, 0, 0, []), null);

    private sealed class Recording(string name, List<string> ran) : IReporter
    {
        public string Name => name;

        public Task ReportAsync(Review review, CancellationToken cancellationToken)
        {
            ran.Add(name);
            return Task.CompletedTask;
        }
    }

    private sealed class Throwing(string name) : IReporter
    {
        public string Name => name;

        public Task ReportAsync(Review review, CancellationToken cancellationToken) => throw new InvalidOperationException($"{name} is down");
    }

    private sealed class Cancelled : IReporter
    {
        public string Name => "cancelled";

        public Task ReportAsync(Review review, CancellationToken cancellationToken) => Task.FromCanceled(cancellationToken);
    }
}
