using CoeReview.GitHub.Api;
using CoeReview.GitHub.Tests.Support;

namespace CoeReview.GitHub.Tests.Api;

public sealed class GitHubRateGateTests
{
    [Fact]
    public async Task A_secondary_limit_with_retry_after_is_waited_out_and_the_write_retried()
    {
        // Given GitHub answers the next write with 403 and retry-after: 7
        using var s = new StandInSession();
        s.Server.FailNextWriteWithRetryAfter(7);

        // When a comment is created
        await s.Api.CreateIssueCommentAsync("hello", CancellationToken.None);

        // Then the gate waited exactly what GitHub asked and the comment exists once
        Assert.Contains(TimeSpan.FromSeconds(7), s.Gate.Waits);
        Assert.Single(s.Server.IssueComments);
        Assert.Equal(2, s.Server.Writes.Count);
    }

    [Fact]
    public async Task Without_retry_after_the_gate_waits_until_x_ratelimit_reset()
    {
        using var s = new StandInSession();
        s.Server.FailNextWriteWithReset(s.Time.GetUtcNow().AddSeconds(42));

        await s.Api.CreateIssueCommentAsync("hello", CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(43)], s.Gate.Waits);
        Assert.Single(s.Server.IssueComments);
    }

    [Fact]
    public async Task Without_any_hint_the_gate_backs_off_from_a_minute_and_doubles()
    {
        using var s = new StandInSession();
        s.Server.FailNextWriteWithoutHint();
        s.Server.FailNextWriteWithoutHint();

        await s.Api.CreateIssueCommentAsync("hello", CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120)], s.Gate.Waits);
    }

    [Fact]
    public async Task The_gate_gives_up_after_its_attempts_with_an_infrastructure_error()
    {
        using var s = new StandInSession(pacing: new GitHubPacingOptions { MaxAttempts = 3 });
        for (var i = 0; i < 5; i++)
        {
            s.Server.FailNextWriteWithRetryAfter(1);
        }

        await Assert.ThrowsAsync<GitHubUnavailableException>(() => s.Api.CreateIssueCommentAsync("x", CancellationToken.None));
        Assert.Equal(3, s.Server.Writes.Count);
        Assert.Empty(s.Server.IssueComments);
    }

    [Fact]
    public async Task Paced_writes_stay_under_80_content_creating_requests_a_minute()
    {
        // Given a stand-in that enforces GitHub's 80-a-minute rule on the same fake clock
        using var s = new StandInSession();

        // When 150 comments are created one after another
        for (var i = 0; i < 150; i++)
        {
            await s.Api.CreateIssueCommentAsync($"c{i}", CancellationToken.None);
        }

        // Then none was refused, writes were at least a second apart, and no minute held more than 80
        Assert.Equal(150, s.Server.Writes.Count);
        Assert.Empty(s.Gate.Waits);
        var at = s.Server.Writes.Select(w => w.At).ToList();
        Assert.All(at.Zip(at.Skip(1)), p => Assert.True(p.Second - p.First >= TimeSpan.FromSeconds(1)));
        Assert.All(at, t => Assert.True(at.Count(x => x >= t && x - t < TimeSpan.FromMinutes(1)) <= 80));
    }

    [Fact]
    public async Task Unpaced_writes_trip_the_stand_ins_secondary_limit_which_the_gate_then_honours()
    {
        // Given no spacing between writes (what a naive client does)
        using var s = new StandInSession(pacing: new GitHubPacingOptions { MinWriteInterval = TimeSpan.Zero });

        for (var i = 0; i < 85; i++)
        {
            await s.Api.CreateIssueCommentAsync($"c{i}", CancellationToken.None);
        }

        // Then the 81st request met a 403 with retry-after: 60, was waited out, and all 85 exist
        Assert.Equal([TimeSpan.FromSeconds(60)], s.Gate.Waits);
        Assert.Equal(85, s.Server.IssueComments.Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_a_short_backoff()
    {
        using var s = new StandInSession();
        s.Server.EnqueueFault(new StandIn.FakeFault(502, "Bad Gateway", new Dictionary<string, string>()));

        await s.Api.CreateIssueCommentAsync("x", CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(2)], s.Gate.Waits);
        Assert.Single(s.Server.IssueComments);
    }
}
