using CoeReview.GitHub.Api;
using CoeReview.GitHub.Tests.StandIn;
using CoeReview.GitHub.Tests.Support;

namespace CoeReview.GitHub.Tests.StandInTests;

/// <summary>The stand-in itself behaves like GitHub where the library depends on it.</summary>
public sealed class FakeGitHubTests
{
    [Fact]
    public async Task Files_are_paged_with_absolute_link_headers_and_all_pages_are_read()
    {
        // Given a PR with 250 files
        using var s = new StandInSession();
        for (var i = 0; i < 250; i++)
        {
            s.Pull.Files.Add(new FakePrFile($"src/F{i}.cs", "modified", Patches.Added(1, 1)));
        }

        // When the library lists them
        var files = await s.Api.GetFilesAsync(CancellationToken.None);

        // Then every file arrives, in three pages of 100
        Assert.Equal(250, files.Count);
        var pages = s.Server.Requests.Where(r => r.Path.EndsWith("/files", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, pages.Count);
        Assert.Contains("page=3", pages[2].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_with_one_comment_off_the_diff_is_refused_whole()
    {
        // Given a file whose only hunk covers new lines 10..12
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 2)));
        var good = new ReviewCommentPayload("src/A.cs", "ok", 11, "RIGHT");
        var bad = new ReviewCommentPayload("src/A.cs", "off", 40, "RIGHT");

        // When a review carries one good and one off-diff comment
        var refused = await Assert.ThrowsAsync<ReviewRefusedException>(() =>
            s.Api.CreateReviewAsync(new ReviewPayload(s.Pull.HeadSha, "b", "COMMENT", [good, bad]), CancellationToken.None));

        // Then nothing was created, and the good one alone is accepted
        Assert.Contains("part of the diff", refused.Message, StringComparison.Ordinal);
        Assert.Empty(s.Server.ReviewComments);
        await s.Api.CreateReviewAsync(new ReviewPayload(s.Pull.HeadSha, "b", "COMMENT", [good]), CancellationToken.None);
        var posted = Assert.Single(s.Server.ReviewComments);
        Assert.Equal(11, posted.Line);
        Assert.Equal("RIGHT", posted.Side);
    }

    [Fact]
    public async Task The_wire_payload_uses_line_and_side_in_snake_case_without_position_or_nulls()
    {
        // Given a multi-line comment
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 3)));
        var comment = new ReviewCommentPayload("src/A.cs", "range", 13, "RIGHT", 11, "RIGHT");
        var single = new ReviewCommentPayload("src/A.cs", "one", 12, "RIGHT");

        // When it is posted
        await s.Api.CreateReviewAsync(new ReviewPayload(s.Pull.HeadSha, "b", "COMMENT", [comment, single]), CancellationToken.None);

        // Then GitHub saw start_line/start_side and no position, and nulls were left out
        var body = s.Server.Writes.Single().Json!;
        var first = body["comments"]![0]!;
        Assert.Equal(11, first["start_line"]!.GetValue<int>());
        Assert.Equal("RIGHT", first["start_side"]!.GetValue<string>());
        Assert.Null(first["position"]);
        Assert.False(body["comments"]![1]!.AsObject().ContainsKey("start_line"));
        Assert.Equal("COMMENT", body["event"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_read_only_token_gets_403_on_writes_but_reads_work()
    {
        // Given a read-only token (a fork's GITHUB_TOKEN)
        using var s = new StandInSession(canWrite: false);
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 1)));

        // When it reads and then writes
        var files = await s.Api.GetFilesAsync(CancellationToken.None);
        var e = await Assert.ThrowsAsync<GitHubForbiddenException>(() => s.Api.CreateIssueCommentAsync("hi", CancellationToken.None));

        // Then the read worked and the write was refused as GitHub does
        Assert.Single(files);
        Assert.Contains("not accessible", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_runs_refuse_more_than_50_annotations_in_one_request()
    {
        using var s = new StandInSession();
        var many = Enumerable.Range(1, 51).Select(i => new CheckAnnotation("a.cs", i, i, "warning", "m", "t")).ToList();

        await Assert.ThrowsAsync<Octokit.ApiValidationException>(() =>
            s.Api.CreateCheckRunAsync("CoeReview", s.Pull.HeadSha, "t", "s", many, CancellationToken.None));
        var id = await s.Api.CreateCheckRunAsync("CoeReview", s.Pull.HeadSha, "t", "s", many.Take(50).ToList(), CancellationToken.None);
        await s.Api.UpdateCheckRunAsync(id, "t", "s", many.Skip(50).ToList(), "neutral", CancellationToken.None);

        var run = Assert.Single(s.Server.CheckRuns);
        Assert.Equal(51, run.Annotations.Count);
        Assert.Equal("completed", run.Status);
        Assert.Equal("neutral", run.Conclusion);
    }

    [Fact]
    public async Task Replies_thread_under_their_comment_and_edits_and_deletes_apply()
    {
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", Patches.Added(10, 1)));
        await s.Api.CreateReviewAsync(new ReviewPayload(s.Pull.HeadSha, "", "COMMENT", [new ReviewCommentPayload("src/A.cs", "first", 11, "RIGHT")]), CancellationToken.None);
        var parent = s.Server.ReviewComments.Single();

        var reply = await s.Client.PullRequest.ReviewComment.CreateReply(s.Server.Owner, s.Server.Repo, s.Pull.Number, new Octokit.PullRequestReviewCommentReplyCreate("thanks", parent.Id));
        await s.Api.EditReviewCommentAsync(parent.Id, "edited", CancellationToken.None);
        var listed = await s.Api.GetReviewCommentsAsync(CancellationToken.None);
        await s.Api.DeleteReviewCommentAsync(reply.Id, CancellationToken.None);

        Assert.Equal(parent.Id, listed.Single(c => c.Body == "thanks").InReplyToId);
        Assert.Equal("edited", listed.Single(c => c.Id == parent.Id).Body);
        Assert.Equal(["edited"], s.Server.ReviewComments.Select(c => c.Body));
    }
}
