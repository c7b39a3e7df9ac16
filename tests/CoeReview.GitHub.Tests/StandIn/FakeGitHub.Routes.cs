using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CoeReview.GitHub.Tests.StandIn;

public sealed partial class FakeGitHub
{
    private FakeResponse Route(string method, string route, Dictionary<string, string> query, JsonNode? json, string login, string fullPath)
    {
        var p = route.Split('/');
        return (method, p) switch
        {
            ("GET", ["pulls", var n]) => WithPull(n, pr => FakeResponse.Ok(PullJson(pr))),
            ("GET", ["pulls", var n, "files"]) => WithPull(n, pr => Page(pr.Files.Select(FileJson), query, fullPath, maxTotal: 3000)),
            ("GET", ["pulls", var n, "comments"]) => WithPull(n, pr => Page(ReviewComments.Where(c => c.PullNumber == pr.Number && !c.Pending).Select(c => c.ToJson()), query, fullPath)),
            ("POST", ["pulls", var n, "comments"]) => WithPull(n, pr => CreateReply(pr, json!, login, json?["in_reply_to"]?.GetValue<long>())),
            ("POST", ["pulls", var n, "comments", var id, "replies"]) => WithPull(n, pr => CreateReply(pr, json!, login, long.Parse(id, CultureInfo.InvariantCulture))),
            ("GET", ["pulls", var n, "reviews"]) => WithPull(n, pr => Page(Reviews.Where(r => r.PullNumber == pr.Number && (r.State != "PENDING" || r.User == login)).Select(r => r.ToJson()), query, fullPath)),
            ("POST", ["pulls", var n, "reviews"]) => WithPull(n, pr => CreateReview(pr, json!, login)),
            ("DELETE", ["pulls", var n, "reviews", var id]) => WithPull(n, _ => DeletePendingReview(long.Parse(id, CultureInfo.InvariantCulture), login)),
            ("PATCH", ["pulls", "comments", var id]) => EditReviewComment(long.Parse(id, CultureInfo.InvariantCulture), json!),
            ("DELETE", ["pulls", "comments", var id]) => DeleteReviewComment(long.Parse(id, CultureInfo.InvariantCulture)),
            ("GET", ["issues", var n, "comments"]) => Page(IssueComments.Where(c => c.IssueNumber.ToString(CultureInfo.InvariantCulture) == n).Select(c => c.ToJson()), query, fullPath),
            ("POST", ["issues", var n, "comments"]) => CreateIssueComment(int.Parse(n, CultureInfo.InvariantCulture), json!, login),
            ("PATCH", ["issues", "comments", var id]) => EditIssueComment(long.Parse(id, CultureInfo.InvariantCulture), json!),
            ("DELETE", ["issues", "comments", var id]) => DeleteIssueComment(long.Parse(id, CultureInfo.InvariantCulture)),
            ("POST", ["check-runs"]) => CreateCheckRun(json!),
            ("PATCH", ["check-runs", var id]) => UpdateCheckRun(long.Parse(id, CultureInfo.InvariantCulture), json!),
            ("GET", ["contents", .. var rest]) => Contents(string.Join('/', rest)),
            _ => FakeResponse.Error(404, "Not Found"),
        };
    }

    private FakeResponse WithPull(string number, Func<FakePullRequest, FakeResponse> action) =>
        int.TryParse(number, CultureInfo.InvariantCulture, out var n) && Pulls.TryGetValue(n, out var pr) ? action(pr) : FakeResponse.Error(404, "Not Found");

    private static JsonObject PullJson(FakePullRequest pr) => new()
    {
        ["number"] = pr.Number,
        ["state"] = "open",
        ["title"] = $"PR {pr.Number}",
        ["head"] = new JsonObject { ["sha"] = pr.HeadSha, ["ref"] = "feature" },
        ["base"] = new JsonObject { ["sha"] = pr.BaseSha, ["ref"] = "main" },
        ["changed_files"] = pr.Files.Count,
    };

    private static JsonObject FileJson(FakePrFile f)
    {
        var lines = f.Patch?.Split('\n') ?? [];
        var o = new JsonObject
        {
            ["sha"] = "f".PadRight(40, '0'),
            ["filename"] = f.Filename,
            ["status"] = f.Status,
            ["additions"] = lines.Count(l => l.StartsWith('+')),
            ["deletions"] = lines.Count(l => l.StartsWith('-')),
            ["changes"] = f.Changes ?? lines.Count(l => l.StartsWith('+') || l.StartsWith('-')),
        };
        if (f.Patch is not null)
        {
            o["patch"] = f.Patch;
        }

        if (f.PreviousFilename is not null)
        {
            o["previous_filename"] = f.PreviousFilename;
        }

        return o;
    }

    /// <summary>GitHub's paging: per_page (default 30, max 100), page, absolute Link URLs.</summary>
    private FakeResponse Page(IEnumerable<JsonObject> items, Dictionary<string, string> query, string fullPath, int maxTotal = int.MaxValue)
    {
        var all = items.Take(maxTotal).ToList();
        var perPage = Math.Clamp(query.TryGetValue("per_page", out var pp) ? int.Parse(pp, CultureInfo.InvariantCulture) : 30, 1, 100);
        var page = query.TryGetValue("page", out var pg) ? int.Parse(pg, CultureInfo.InvariantCulture) : 1;
        var last = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var slice = all.Skip((page - 1) * perPage).Take(perPage).Select(o => (JsonNode)o.DeepClone()).ToArray();
        var links = new List<string>();
        string Url(int n) => $"{BaseUrl.TrimEnd('/')}{fullPath}?per_page={perPage}&page={n}";
        if (page < last)
        {
            links.Add($"<{Url(page + 1)}>; rel=\"next\"");
            links.Add($"<{Url(last)}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{Url(1)}>; rel=\"first\"");
            links.Add($"<{Url(page - 1)}>; rel=\"prev\"");
        }

        var headers = new Dictionary<string, string>();
        if (links.Count > 0)
        {
            headers["Link"] = string.Join(", ", links);
        }

        return new FakeResponse(200, new JsonArray(slice), headers);
    }

    private FakeResponse Contents(string path) =>
        HeadFiles.TryGetValue(path, out var text)
            ? new FakeResponse(200, null, new Dictionary<string, string>()) { Raw = Encoding.UTF8.GetBytes(text) }
            : FakeResponse.Error(404, "Not Found");
}
