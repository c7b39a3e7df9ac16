using System.Text.Json.Nodes;

namespace CoeReview.GitHub.Tests.StandIn;

/// <summary>A pull request the stand-in serves: its shas and the files GitHub would list.</summary>
public sealed class FakePullRequest
{
    public required int Number { get; init; }

    public required string HeadSha { get; init; }

    public required string BaseSha { get; init; }

    public List<FakePrFile> Files { get; } = [];
}

/// <summary>One entry of the PR files API; a null patch is what GitHub sends for very large diffs (give their size in Changes).</summary>
public sealed record FakePrFile(string Filename, string Status, string? Patch, string? PreviousFilename = null, int? Changes = null);

/// <summary>A review comment (inline thread comment) as the stand-in stores it.</summary>
public sealed class FakeReviewComment
{
    public long Id { get; init; }

    public int PullNumber { get; init; }

    public long? ReviewId { get; init; }

    public required string Path { get; init; }

    public int? Line { get; init; }

    public string Side { get; init; } = "RIGHT";

    public int? StartLine { get; init; }

    public string? StartSide { get; init; }

    public required string Body { get; set; }

    public long? InReplyToId { get; init; }

    public required string User { get; init; }

    public bool Pending { get; set; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["pull_request_review_id"] = ReviewId,
        ["path"] = Path,
        ["line"] = Line,
        ["original_line"] = Line,
        ["side"] = Side,
        ["start_line"] = StartLine,
        ["start_side"] = StartSide,
        ["body"] = Body,
        ["in_reply_to_id"] = InReplyToId,
        ["user"] = new JsonObject { ["login"] = User, ["type"] = User.EndsWith("[bot]", StringComparison.Ordinal) ? "Bot" : "User" },
    };
}

/// <summary>A review: its body, event and whether it is still pending (created without an event).</summary>
public sealed class FakeReview
{
    public long Id { get; init; }

    public int PullNumber { get; init; }

    public required string Body { get; init; }

    public required string State { get; set; }

    public required string CommitId { get; init; }

    public required string User { get; init; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["body"] = Body,
        ["state"] = State,
        ["commit_id"] = CommitId,
        ["user"] = new JsonObject { ["login"] = User },
    };
}

/// <summary>A conversation comment on the PR (issue comment).</summary>
public sealed class FakeIssueComment
{
    public long Id { get; init; }

    public int IssueNumber { get; init; }

    public required string Body { get; set; }

    public required string User { get; init; }

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["body"] = Body,
        ["user"] = new JsonObject { ["login"] = User },
    };
}

/// <summary>A check run with the annotations every create/update appended.</summary>
public sealed class FakeCheckRun
{
    public long Id { get; init; }

    public required string Name { get; init; }

    public required string HeadSha { get; init; }

    public string Status { get; set; } = "queued";

    public string? Conclusion { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public List<JsonObject> Annotations { get; } = [];

    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["head_sha"] = HeadSha,
        ["status"] = Status,
        ["conclusion"] = Conclusion,
        ["output"] = new JsonObject { ["title"] = Title, ["summary"] = Summary, ["annotations_count"] = Annotations.Count },
    };
}

/// <summary>What the stand-in saw: one line per HTTP request, for assertions.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string Body, string? Authorization, DateTimeOffset At)
{
    public bool IsWrite => Method is "POST" or "PATCH" or "PUT" or "DELETE";

    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);
}

/// <summary>A failure the stand-in answers the next write with, as GitHub's secondary limits do.</summary>
public sealed record FakeFault(int Status, string Message, IReadOnlyDictionary<string, string> Headers);
