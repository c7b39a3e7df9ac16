using System.Text.Json.Nodes;

namespace CoeReview.GitHub.Tests.StandIn;

public sealed partial class FakeGitHub
{
    /// <summary>The greatest number of annotations one check-run request may carry.</summary>
    public const int MaxAnnotationsPerRequest = 50;

    private FakeResponse CreateReview(FakePullRequest pr, JsonNode json, string login)
    {
        var ev = json["event"]?.GetValue<string>();
        var body = json["body"]?.GetValue<string>() ?? "";
        var commit = json["commit_id"]?.GetValue<string>() ?? pr.HeadSha;
        var comments = json["comments"]?.AsArray() ?? [];
        if (ev is not null and not ("COMMENT" or "APPROVE" or "REQUEST_CHANGES"))
        {
            return FakeResponse.Error(422, "Unprocessable Entity", "event is not included in the list");
        }

        if (ev is "COMMENT" or "REQUEST_CHANGES" && body.Length == 0 && comments.Count == 0)
        {
            return FakeResponse.Error(422, "Unprocessable Entity", "Body is required");
        }

        if (commit != pr.HeadSha)
        {
            return FakeResponse.Error(422, "Unprocessable Entity", "commit_id is not part of the pull request");
        }

        if (ev is null && Reviews.Any(r => r.PullNumber == pr.Number && r.User == login && r.State == "PENDING"))
        {
            return FakeResponse.Error(422, "Unprocessable Entity", "User can only have one pending review per pull request");
        }

        // GitHub refuses the whole review when any one comment cannot be placed.
        foreach (var c in comments)
        {
            var problem = Misplaced(pr, c!);
            if (problem is not null)
            {
                return FakeResponse.Error(422, "Unprocessable Entity", problem);
            }
        }

        var review = new FakeReview
        {
            Id = NextId(),
            PullNumber = pr.Number,
            Body = body,
            CommitId = commit,
            User = login,
            State = ev switch { null => "PENDING", "COMMENT" => "COMMENTED", "APPROVE" => "APPROVED", _ => "CHANGES_REQUESTED" },
        };
        Reviews.Add(review);
        foreach (var c in comments)
        {
            ReviewComments.Add(new FakeReviewComment
            {
                Id = NextId(),
                PullNumber = pr.Number,
                ReviewId = review.Id,
                Path = c!["path"]!.GetValue<string>(),
                Line = c["line"]?.GetValue<int>(),
                Side = c["side"]?.GetValue<string>() ?? "RIGHT",
                StartLine = c["start_line"]?.GetValue<int>(),
                StartSide = c["start_side"]?.GetValue<string>(),
                Body = c["body"]!.GetValue<string>(),
                User = login,
                Pending = ev is null,
            });
        }

        return FakeResponse.Ok(review.ToJson());
    }

    /// <summary>Why GitHub would refuse this comment, or null when it can be placed.</summary>
    private static string? Misplaced(FakePullRequest pr, JsonNode c)
    {
        var path = c["path"]?.GetValue<string>();
        var file = pr.Files.FirstOrDefault(f => f.Filename == path);
        if (file?.Patch is null)
        {
            return "Path could not be resolved";
        }

        if (c["body"] is null)
        {
            return "Body can't be blank";
        }

        var line = c["line"]?.GetValue<int>();
        if (line is null)
        {
            return c["position"] is null ? "Line could not be resolved" : "position is deprecated in this stand-in; use line";
        }

        var side = c["side"]?.GetValue<string>() ?? "RIGHT";
        var hunk = FakeHunks.HunkOf(file.Patch, line.Value, side);
        if (hunk < 0)
        {
            return "Pull request review thread line must be part of the diff";
        }

        var start = c["start_line"]?.GetValue<int>();
        if (start is not null)
        {
            var startSide = c["start_side"]?.GetValue<string>() ?? side;
            if (start.Value >= line.Value && startSide == side)
            {
                return "Pull request review thread start_line must precede the end line";
            }

            if (FakeHunks.HunkOf(file.Patch, start.Value, startSide) != hunk)
            {
                return "Pull request review thread start_line must be part of the same hunk as the line";
            }
        }

        return null;
    }

    private FakeResponse DeletePendingReview(long id, string login)
    {
        var review = Reviews.FirstOrDefault(r => r.Id == id && r.User == login);
        if (review is null)
        {
            return FakeResponse.Error(404, "Not Found");
        }

        if (review.State != "PENDING")
        {
            return FakeResponse.Error(422, "Unprocessable Entity", "Can not delete a non-pending pull request review");
        }

        Reviews.Remove(review);
        ReviewComments.RemoveAll(c => c.ReviewId == id);
        return FakeResponse.Ok(review.ToJson());
    }

    private FakeResponse CreateReply(FakePullRequest pr, JsonNode json, string login, long? inReplyTo)
    {
        var parent = ReviewComments.FirstOrDefault(c => c.Id == inReplyTo && c.PullNumber == pr.Number);
        if (parent is null)
        {
            return FakeResponse.Error(422, "Unprocessable Entity", "in_reply_to is not a review comment of this pull request");
        }

        var reply = new FakeReviewComment
        {
            Id = NextId(),
            PullNumber = pr.Number,
            Path = parent.Path,
            Line = parent.Line,
            Side = parent.Side,
            Body = json["body"]!.GetValue<string>(),
            InReplyToId = parent.Id,
            User = login,
        };
        ReviewComments.Add(reply);
        return FakeResponse.Ok(reply.ToJson(), 201);
    }

    private FakeResponse EditReviewComment(long id, JsonNode json)
    {
        var c = ReviewComments.FirstOrDefault(x => x.Id == id && !x.Pending);
        if (c is null)
        {
            return FakeResponse.Error(404, "Not Found");
        }

        c.Body = json["body"]!.GetValue<string>();
        return FakeResponse.Ok(c.ToJson());
    }

    private FakeResponse DeleteReviewComment(long id) =>
        ReviewComments.RemoveAll(x => x.Id == id && !x.Pending) > 0 ? FakeResponse.NoContent() : FakeResponse.Error(404, "Not Found");

    private FakeResponse CreateIssueComment(int number, JsonNode json, string login)
    {
        if (!Pulls.ContainsKey(number))
        {
            return FakeResponse.Error(404, "Not Found");
        }

        var c = new FakeIssueComment { Id = NextId(), IssueNumber = number, Body = json["body"]!.GetValue<string>(), User = login };
        IssueComments.Add(c);
        return FakeResponse.Ok(c.ToJson(), 201);
    }

    private FakeResponse EditIssueComment(long id, JsonNode json)
    {
        var c = IssueComments.FirstOrDefault(x => x.Id == id);
        if (c is null)
        {
            return FakeResponse.Error(404, "Not Found");
        }

        c.Body = json["body"]!.GetValue<string>();
        return FakeResponse.Ok(c.ToJson());
    }

    private FakeResponse DeleteIssueComment(long id) =>
        IssueComments.RemoveAll(x => x.Id == id) > 0 ? FakeResponse.NoContent() : FakeResponse.Error(404, "Not Found");

    private FakeResponse CreateCheckRun(JsonNode json)
    {
        var run = new FakeCheckRun { Id = NextId(), Name = json["name"]!.GetValue<string>(), HeadSha = json["head_sha"]!.GetValue<string>() };
        var refused = Apply(run, json);
        if (refused is not null)
        {
            return refused;
        }

        CheckRuns.Add(run);
        return FakeResponse.Ok(run.ToJson(), 201);
    }

    private FakeResponse UpdateCheckRun(long id, JsonNode json)
    {
        var run = CheckRuns.FirstOrDefault(r => r.Id == id);
        return run is null ? FakeResponse.Error(404, "Not Found") : Apply(run, json) ?? FakeResponse.Ok(run.ToJson());
    }

    /// <summary>Applies a create/update body; annotations append, at most 50 per request.</summary>
    private static FakeResponse? Apply(FakeCheckRun run, JsonNode json)
    {
        var annotations = json["output"]?["annotations"]?.AsArray();
        if (annotations is { Count: > MaxAnnotationsPerRequest })
        {
            return FakeResponse.Error(422, "Unprocessable Entity", "Only 50 annotations are allowed per request");
        }

        run.Status = json["status"]?.GetValue<string>() ?? run.Status;
        run.Conclusion = json["conclusion"]?.GetValue<string>() ?? run.Conclusion;
        run.Title = json["output"]?["title"]?.GetValue<string>() ?? run.Title;
        run.Summary = json["output"]?["summary"]?.GetValue<string>() ?? run.Summary;
        foreach (var a in annotations ?? [])
        {
            run.Annotations.Add(a!.DeepClone().AsObject());
        }

        return null;
    }
}
