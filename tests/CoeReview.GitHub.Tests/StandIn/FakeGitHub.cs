using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CoeReview.GitHub.Tests.StandIn;

/// <summary>
/// A GitHub REST API stand-in on 127.0.0.1, serving /api/v3/… the way Octokit addresses GitHub
/// Enterprise, with GitHub's real rules: reviews with any comment off the diff are refused whole
/// (422), lists are paged with absolute Link headers, writes may hit secondary limits (403 with
/// retry-after or x-ratelimit-reset), read-only tokens get 403 on writes, check runs take at most
/// 50 annotations a request. Every request is recorded.
/// </summary>
public sealed partial class FakeGitHub : IDisposable
{
    private readonly HttpListener _listener;
    private readonly object _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Queue<FakeFault> _writeFaults = new();
    private readonly List<DateTimeOffset> _contentCreating = [];
    private readonly Task _loop;
    private long _nextId = 1000;

    public FakeGitHub(string owner = "octo", string repo = "widgets")
    {
        Owner = owner;
        Repo = repo;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            // A listener whose Start fails (another process took the port meanwhile) is disposed: try again with a new one.
            var listener = new HttpListener();
            try
            {
                listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                listener.Start();
                _listener = listener;
                BaseUrl = $"http://127.0.0.1:{port}/";
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }

        _loop = Task.Run(AcceptLoopAsync);
    }

    public string Owner { get; }

    public string Repo { get; }

    /// <summary>What GITHUB_API_URL would be; Octokit appends api/v3/ to it.</summary>
    public string BaseUrl { get; } = "";

    /// <summary>Clock for x-ratelimit-reset and the per-minute rule; tests bind it to their fake time.</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    /// <summary>Content-creating requests allowed in any 60 s window before GitHub's secondary limit answers 403.</summary>
    public int ContentCreatingPerMinute { get; set; } = 80;

    /// <summary>Known tokens: login and whether the token may write.</summary>
    public Dictionary<string, (string Login, bool CanWrite)> Tokens { get; } = [];

    public Dictionary<int, FakePullRequest> Pulls { get; } = [];

    public List<FakeReviewComment> ReviewComments { get; } = [];

    public List<FakeReview> Reviews { get; } = [];

    public List<FakeIssueComment> IssueComments { get; } = [];

    public List<FakeCheckRun> CheckRuns { get; } = [];

    /// <summary>File contents at the head commit, for the contents API.</summary>
    public Dictionary<string, string> HeadFiles { get; } = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Writes => Requests.Where(r => r.IsWrite).ToList();

    /// <summary>Adds a token; returns it for convenience.</summary>
    public string AddToken(string token, string login = "github-actions[bot]", bool canWrite = true)
    {
        Tokens[token] = (login, canWrite);
        return token;
    }

    public const string DefaultHeadSha = "1111111111111111111111111111111111111111";

    public const string DefaultBaseSha = "0000000000000000000000000000000000000000";

    public FakePullRequest AddPull(int number, string headSha = DefaultHeadSha, string baseSha = DefaultBaseSha)
    {
        var pr = new FakePullRequest { Number = number, HeadSha = headSha, BaseSha = baseSha };
        Pulls[number] = pr;
        return pr;
    }

    /// <summary>A person replies in a thread, as a reviewer would in the UI.</summary>
    public FakeReviewComment AddHumanReply(long inReplyTo, string body, string login = "octocat")
    {
        lock (_gate)
        {
            var parent = ReviewComments.Single(c => c.Id == inReplyTo);
            var reply = new FakeReviewComment
            {
                Id = ++_nextId,
                PullNumber = parent.PullNumber,
                Path = parent.Path,
                Line = parent.Line,
                Side = parent.Side,
                Body = body,
                InReplyToId = inReplyTo,
                User = login,
            };
            ReviewComments.Add(reply);
            return reply;
        }
    }

    public void Dispose()
    {
        // HttpListener may throw from Stop/Close while a request is still being answered; the stand-in is going away either way.
        try
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is ObjectDisposedException or HttpListenerException or AggregateException or InvalidOperationException)
        {
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = reader.ReadToEnd();
        }

        FakeResponse response;
        lock (_gate)
        {
            var path = request.Url!.AbsolutePath;
            _requests.Add(new RecordedRequest(request.HttpMethod, path, request.Url.Query, body, request.Headers["Authorization"], Now()));
            try
            {
                response = Handle(request.HttpMethod, path, ParseQuery(request.Url.Query), body, request.Headers["Authorization"]);
            }
            catch (Exception e)
            {
                response = FakeResponse.Error(500, "stand-in failure: " + e.Message);
            }
        }

        try
        {
            Write(context.Response, response);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away or the stand-in is shutting down.
        }
    }

    private FakeResponse Handle(string method, string path, Dictionary<string, string> query, string body, string? authorization)
    {
        const string prefix = "/api/v3/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return FakeResponse.Error(404, "Not Found");
        }

        var token = authorization?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (token is null || !Tokens.TryGetValue(token, out var who))
        {
            return FakeResponse.Error(401, "Bad credentials");
        }

        var parts = path[prefix.Length..].TrimEnd('/').Split('/');
        if (parts.Length < 3 || parts[0] != "repos" || parts[1] != Owner || parts[2] != Repo)
        {
            return FakeResponse.Error(404, "Not Found");
        }

        var isWrite = method is "POST" or "PATCH" or "PUT" or "DELETE";
        if (isWrite)
        {
            if (!who.CanWrite)
            {
                return FakeResponse.Error(403, "Resource not accessible by integration");
            }

            if (_writeFaults.TryDequeue(out var fault))
            {
                return new FakeResponse(fault.Status, new JsonObject { ["message"] = fault.Message }, fault.Headers);
            }

            if (method == "POST" && !SecondaryLimitAllows())
            {
                return new FakeResponse(403, new JsonObject { ["message"] = "You have exceeded a secondary rate limit." },
                    new Dictionary<string, string> { ["retry-after"] = "60" });
            }
        }

        var route = string.Join('/', parts.Skip(3));
        var json = string.IsNullOrEmpty(body) ? null : JsonNode.Parse(body);
        return Route(method, route, query, json, who.Login, path);
    }

    private bool SecondaryLimitAllows()
    {
        var now = Now();
        _contentCreating.RemoveAll(t => now - t >= TimeSpan.FromMinutes(1));
        if (_contentCreating.Count >= ContentCreatingPerMinute)
        {
            return false;
        }

        _contentCreating.Add(now);
        return true;
    }

    private long NextId() => ++_nextId;

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            result[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }

        return result;
    }

    private static void Write(HttpListenerResponse response, FakeResponse fake)
    {
        response.StatusCode = fake.Status;
        foreach (var (k, v) in fake.Headers)
        {
            response.Headers[k] = v;
        }

        var bytes = fake.Raw ?? (fake.Body is null ? [] : Encoding.UTF8.GetBytes(fake.Body.ToJsonString()));
        response.ContentType = fake.Raw is null ? "application/json; charset=utf-8" : "application/octet-stream";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }
}
