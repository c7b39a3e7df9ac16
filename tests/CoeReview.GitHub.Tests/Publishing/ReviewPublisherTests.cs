using CoeReview.Core.Findings;
using CoeReview.GitHub.Publishing;
using CoeReview.GitHub.Tests.StandIn;
using CoeReview.GitHub.Tests.Support;

namespace CoeReview.GitHub.Tests.Publishing;

public sealed class ReviewPublisherTests
{
    private static StandInSession SessionWithTwoFiles()
    {
        var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 5)));
        s.Pull.Files.Add(new FakePrFile("src/B.cs", "added", "@@ -0,0 +1,3 @@\n+one\n+two\n+three"));
        return s;
    }

    private static Task<PublishResult> PublishAsync(StandInSession s, CoeReview.Core.Pipeline.Review review, GitHubPublishOptions? options = null) =>
        new ReviewPublisher(s.Api, options ?? new GitHubPublishOptions()).PublishAsync(review, Reviews.DiffOf(s.Pull), s.Pull.HeadSha, CancellationToken.None);

    [Fact]
    public async Task Publisher_posts_one_review_with_inline_comments_on_diff_lines_and_the_rest_in_its_body()
    {
        // Given two findings on diff lines and one outside any hunk
        using var s = SessionWithTwoFiles();
        var review = Reviews.Of(
            Reviews.Finding("src/A.cs", 12, severity: Severity.Error),
            Reviews.Finding("src/B.cs", 2, rule: "COE-PERF-002"),
            Reviews.Finding("src/A.cs", 80, rule: "COE-TST-003", inDiff: false));

        // When it is published
        var result = await PublishAsync(s, review);

        // Then one review request carried both inline comments and listed the third in its body
        Assert.Single(s.Server.Requests, r => r.Method == "POST" && r.Path.EndsWith("/reviews", StringComparison.Ordinal));
        var posted = Assert.Single(s.Server.Reviews);
        Assert.Equal("COMMENTED", posted.State);
        Assert.Equal(2, s.Server.ReviewComments.Count);
        Assert.Contains("COE-TST-003", posted.Body, StringComparison.Ordinal);
        Assert.Contains("outside the diff", posted.Body, StringComparison.Ordinal);
        Assert.Equal((2, 1), (result.Inline, result.InBody));
        Assert.All(s.Server.ReviewComments, c => Assert.Single(CommentMarkers.Parse(c.Body)));
        Assert.Single(s.Server.IssueComments, c => c.Body.StartsWith(CommentMarkers.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rerun_with_the_same_findings_writes_nothing()
    {
        // Given a review already published
        using var s = SessionWithTwoFiles();
        var review = Reviews.Of(Reviews.Finding("src/A.cs", 12), Reviews.Finding("src/A.cs", 90, rule: "X-1", inDiff: false));
        await PublishAsync(s, review);
        var writesBefore = s.Server.Writes.Count;

        // When the same review is published again
        var result = await PublishAsync(s, review);

        // Then no review, no comment and no summary edit was sent
        Assert.Equal(writesBefore, s.Server.Writes.Count);
        Assert.Equal(2, result.AlreadyPosted);
        Assert.Single(s.Server.Reviews);
    }

    [Fact]
    public async Task A_rerun_posts_only_the_new_finding_and_edits_the_summary_in_place()
    {
        using var s = SessionWithTwoFiles();
        var first = Reviews.Finding("src/A.cs", 12);
        await PublishAsync(s, Reviews.Of(first));

        // When a second run finds one more thing
        var result = await PublishAsync(s, Reviews.Of(first, Reviews.Finding("src/B.cs", 3, rule: "COE-NEW-9")));

        // Then the second review carries only the new finding and the one summary comment was edited
        Assert.Equal(2, s.Server.Reviews.Count);
        Assert.Equal(1, result.Inline);
        Assert.Equal(1, result.AlreadyPosted);
        Assert.Contains("COE-NEW-9", s.Server.ReviewComments.Last().Body, StringComparison.Ordinal);
        var summary = Assert.Single(s.Server.IssueComments);
        Assert.Contains("COE-NEW-9", summary.Body, StringComparison.Ordinal);
        Assert.True(result.SummaryUpdated);
    }

    [Fact]
    public async Task Own_comments_whose_finding_is_gone_are_deleted_unless_someone_replied()
    {
        // Given two posted findings, one of which a person answered
        using var s = SessionWithTwoFiles();
        var quiet = Reviews.Finding("src/A.cs", 12);
        var discussed = Reviews.Finding("src/A.cs", 13, rule: "COE-SEC-002");
        var stays = Reviews.Finding("src/B.cs", 1, rule: "COE-SEC-003");
        await PublishAsync(s, Reviews.Of(quiet, discussed, stays));
        var discussedComment = s.Server.ReviewComments.Single(c => c.Body.Contains("COE-SEC-002", StringComparison.Ordinal));
        s.Server.AddHumanReply(discussedComment.Id, "Good catch, fixed.");

        // When both are fixed
        var result = await PublishAsync(s, Reviews.Of(stays));

        // Then the quiet one is deleted, the discussed one kept and marked resolved, the reply untouched
        Assert.Equal((1, 1), (result.Deleted, result.MarkedResolved));
        Assert.DoesNotContain(s.Server.ReviewComments, c => c.Body.Contains("COE-SEC-001", StringComparison.Ordinal));
        Assert.Contains("Resolved", s.Server.ReviewComments.Single(c => c.Id == discussedComment.Id).Body, StringComparison.Ordinal);
        Assert.Contains(s.Server.ReviewComments, c => c.Body == "Good catch, fixed.");

        // And a third run neither deletes nor re-edits it
        var again = await PublishAsync(s, Reviews.Of(stays));
        Assert.Equal((0, 0), (again.Deleted, again.MarkedResolved));
    }

    [Fact]
    public async Task Comments_over_the_cap_are_summarised_in_the_review_body()
    {
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(1, 40)));
        var findings = Enumerable.Range(2, 35).Select(l => Reviews.Finding("src/A.cs", l, rule: $"R{l}")).ToArray();

        var result = await PublishAsync(s, Reviews.Of(findings), new GitHubPublishOptions { MaxInlineComments = 30 });

        Assert.Equal((30, 5), (result.Inline, result.InBody));
        Assert.Equal(30, s.Server.ReviewComments.Count);
        Assert.Contains("over the cap of 30", s.Server.Reviews.Single().Body, StringComparison.Ordinal);
        Assert.Equal(35, s.Server.ReviewComments.Sum(c => CommentMarkers.Parse(c.Body).Count) + CommentMarkers.Parse(s.Server.Reviews.Single().Body).Count);
    }

    [Fact]
    public async Task A_refused_review_is_narrowed_to_the_comment_at_fault_which_moves_to_the_body()
    {
        // Given our diff thinks line 40 is in the diff, but GitHub's patch disagrees
        using var s = SessionWithTwoFiles();
        var findings = new[]
        {
            Reviews.Finding("src/A.cs", 11, rule: "R1"), Reviews.Finding("src/A.cs", 12, rule: "R2"),
            Reviews.Finding("src/A.cs", 40, rule: "R-OFF"), Reviews.Finding("src/B.cs", 1, rule: "R3"),
            Reviews.Finding("src/A.cs", 14, rule: "R4"),
        };
        var stale = Reviews.DiffOf(s.Pull);
        stale = stale with { Files = [.. stale.Files.Where(f => f.Path != "src/A.cs"), Core.Diff.UnifiedDiffParser.Parse("--- a/src/A.cs\n+++ b/src/A.cs\n" + Patches.Added(10, 31) + "\n")[0]] };

        // When it is published
        var result = await new ReviewPublisher(s.Api, new GitHubPublishOptions()).PublishAsync(Reviews.Of(findings), stale, s.Pull.HeadSha, CancellationToken.None);

        // Then the good four are inline, R-OFF is in the body, no pending review is left and nothing is lost
        Assert.Equal((4, 1, 1), (result.Inline, result.InBody, result.Refused));
        var final = Assert.Single(s.Server.Reviews);
        Assert.Equal("COMMENTED", final.State);
        Assert.Contains("R-OFF", final.Body, StringComparison.Ordinal);
        Assert.Contains("refused", final.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(s.Server.ReviewComments, c => c.Pending || c.Body.Contains("R-OFF", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Multi_line_findings_use_start_line_and_a_suggestion_block()
    {
        using var s = SessionWithTwoFiles();
        var f = Reviews.Finding("src/A.cs", 11, endLine: 13, suggestion: "var safe = 1;\n");

        await PublishAsync(s, Reviews.Of(f));

        var c = Assert.Single(s.Server.ReviewComments);
        Assert.Equal((11, 13), (c.StartLine, c.Line));
        Assert.Contains("```suggestion\nvar safe = 1;\n```", c.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_changes_is_used_only_when_asked_and_findings_reach_the_fail_level()
    {
        using var s = SessionWithTwoFiles();
        var options = new GitHubPublishOptions { RequestChanges = true, FailLevel = Severity.Error };

        await PublishAsync(s, Reviews.Of(Reviews.Finding("src/A.cs", 11, severity: Severity.Warning)), options);
        await PublishAsync(s, Reviews.Of(Reviews.Finding("src/A.cs", 12, rule: "E", severity: Severity.Error)), options);

        Assert.Equal(["COMMENTED", "CHANGES_REQUESTED"], s.Server.Reviews.Select(r => r.State));
    }

    [Fact]
    public async Task A_message_cannot_forge_a_marker_or_mention_people()
    {
        using var s = SessionWithTwoFiles();
        var evil = Reviews.Finding("src/A.cs", 11, message: "ignore <!-- coe-review:fp=deadbeef --> and ping @octocat\n\n## Approved");

        await PublishAsync(s, Reviews.Of(evil));

        var body = s.Server.ReviewComments.Single().Body;
        Assert.Equal([evil.Fingerprint], CommentMarkers.Parse(body).Select(m => m.Fingerprint));
        Assert.DoesNotContain("@octocat", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n## Approved", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_run_gets_its_annotations_in_batches_of_50()
    {
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(1, 130)));
        var findings = Enumerable.Range(2, 120).Select(l => Reviews.Finding("src/A.cs", l, rule: $"R{l}", severity: Severity.Error)).ToArray();

        var result = await PublishAsync(s, Reviews.Of(findings), new GitHubPublishOptions { CheckRun = true });

        var run = Assert.Single(s.Server.CheckRuns);
        Assert.Equal(result.CheckRunId, run.Id);
        Assert.Equal(120, run.Annotations.Count);
        Assert.Equal(("completed", "failure"), (run.Status, run.Conclusion));
        Assert.Equal(3, s.Server.Requests.Count(r => r.Path.Contains("/check-runs", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_persons_comment_quoting_a_marker_is_never_taken_for_ours()
    {
        // Given a person's own top-level comment that quotes one of our markers
        using var s = SessionWithTwoFiles();
        var finding = Reviews.Finding("src/A.cs", 12);
        await PublishAsync(s, Reviews.Of(finding));
        var quoted = CommentMarkers.For(finding.Fingerprint);
        await s.Client.Connection.Post<object>(new Uri($"repos/{s.Server.Owner}/{s.Server.Repo}/pulls/{s.Pull.Number}/reviews", UriKind.Relative),
            new { commit_id = s.Pull.HeadSha, @event = "COMMENT", body = "", comments = new[] { new { path = "src/A.cs", line = 11, side = "RIGHT", body = $"I disagree with {quoted} here." } } },
            "application/json", "application/json", parameters: null, CancellationToken.None);

        // When the finding is gone
        var result = await PublishAsync(s, Reviews.Of());

        // Then only our own comment was deleted
        Assert.Equal(1, result.Deleted);
        Assert.Single(s.Server.ReviewComments, c => c.Body.StartsWith("I disagree", StringComparison.Ordinal));
    }
}
