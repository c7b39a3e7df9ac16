using System.Globalization;
using System.Text;
using Octokit;

namespace CoeReview.GitHub.Api;

/// <summary>
/// <see cref="IGitHubApi"/> over Octokit for one pull request. Every call goes through the
/// <see cref="GitHubRateGate"/>; lists are read 100 a page and all pages followed (Link headers).
/// </summary>
public sealed class OctokitGitHubApi : IGitHubApi
{
    private const string JsonMedia = "application/vnd.github+json";
    private static readonly ApiOptions s_allPages = new() { PageSize = 100 };
    private readonly IGitHubClient _client;
    private readonly ApiConnection _api;
    private readonly GitHubRateGate _gate;
    private readonly string _owner;
    private readonly string _repo;
    private readonly int _number;

    public OctokitGitHubApi(IGitHubClient client, string owner, string repo, int pullNumber, GitHubRateGate gate)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _api = new ApiConnection(client.Connection);
        _owner = owner;
        _repo = repo;
        _number = pullNumber;
        _gate = gate;
    }

    /// <summary>An Octokit client for GITHUB_API_URL (api/v3/ appended for hosts other than github.com).</summary>
    public static GitHubClient CreateClient(string apiUrl, string? token)
    {
        var client = new GitHubClient(new ProductHeaderValue("CoeReview", "0.1.0"), new Uri(apiUrl));
        if (!string.IsNullOrEmpty(token))
        {
            client.Credentials = new Credentials(token);
        }

        return client;
    }

    private string Prefix => $"repos/{Uri.EscapeDataString(_owner)}/{Uri.EscapeDataString(_repo)}";

    public Task<PullRequestInfo> GetPullRequestAsync(CancellationToken cancellationToken) => _gate.ReadAsync(async () =>
    {
        var pr = await _client.PullRequest.Get(_owner, _repo, _number).ConfigureAwait(false);
        return new PullRequestInfo(pr.Number, pr.Head.Sha, pr.Base.Sha, pr.ChangedFiles);
    }, cancellationToken);

    public Task<IReadOnlyList<PullRequestFileInfo>> GetFilesAsync(CancellationToken cancellationToken) => _gate.ReadAsync(async () =>
    {
        var files = await _client.PullRequest.Files(_owner, _repo, _number, s_allPages).ConfigureAwait(false);
        return (IReadOnlyList<PullRequestFileInfo>)files
            .Select(f => new PullRequestFileInfo(f.FileName, f.Status.ToString() ?? "modified", f.Patch, f.PreviousFileName, f.Changes))
            .ToList();
    }, cancellationToken);

    public Task<IReadOnlyList<ExistingReviewComment>> GetReviewCommentsAsync(CancellationToken cancellationToken) => _gate.ReadAsync(async () =>
    {
        var all = await _api.GetAll<ReviewCommentDto>(Rel($"{Prefix}/pulls/{_number}/comments"), s_allPages).ConfigureAwait(false);
        return (IReadOnlyList<ExistingReviewComment>)all.Select(c => new ExistingReviewComment(c.Id, c.Body ?? "", c.InReplyToId, c.Path, c.Line, c.User?.Login)).ToList();
    }, cancellationToken);

    public Task<IReadOnlyList<ExistingComment>> GetReviewsAsync(CancellationToken cancellationToken) => _gate.ReadAsync(async () =>
    {
        var all = await _api.GetAll<ReviewDto>(Rel($"{Prefix}/pulls/{_number}/reviews"), s_allPages).ConfigureAwait(false);
        return (IReadOnlyList<ExistingComment>)all.Select(r => new ExistingComment(r.Id, r.Body ?? "", r.User?.Login)).ToList();
    }, cancellationToken);

    public Task<IReadOnlyList<ExistingComment>> GetIssueCommentsAsync(CancellationToken cancellationToken) => _gate.ReadAsync(async () =>
    {
        var all = await _client.Issue.Comment.GetAllForIssue(_owner, _repo, _number, s_allPages).ConfigureAwait(false);
        return (IReadOnlyList<ExistingComment>)all.Select(c => new ExistingComment(c.Id, c.Body ?? "", c.User?.Login)).ToList();
    }, cancellationToken);

    public Task<long> CreateReviewAsync(ReviewPayload review, CancellationToken cancellationToken) => _gate.WriteAsync(async () =>
    {
        try
        {
            var response = await _client.Connection.Post<ReviewDto>(Rel($"{Prefix}/pulls/{_number}/reviews"), review, JsonMedia, "application/json", parameters: null, cancellationToken).ConfigureAwait(false);
            return response.Body.Id;
        }
        catch (ApiException e) when ((int)e.StatusCode == 422)
        {
            throw new ReviewRefusedException($"GitHub refused the review (422): {Describe(e)}", e);
        }
    }, cancellationToken);

    public Task DeletePendingReviewAsync(long reviewId, CancellationToken cancellationToken) =>
        _gate.WriteAsync(async () => { await _client.PullRequest.Review.Delete(_owner, _repo, _number, reviewId).ConfigureAwait(false); return 0; }, cancellationToken);

    public Task EditReviewCommentAsync(long commentId, string body, CancellationToken cancellationToken) =>
        _gate.WriteAsync(() => _client.PullRequest.ReviewComment.Edit(_owner, _repo, commentId, new PullRequestReviewCommentEdit(body)), cancellationToken);

    public Task DeleteReviewCommentAsync(long commentId, CancellationToken cancellationToken) =>
        _gate.WriteAsync(async () => { await _client.PullRequest.ReviewComment.Delete(_owner, _repo, commentId).ConfigureAwait(false); return 0; }, cancellationToken);

    public Task<long> CreateIssueCommentAsync(string body, CancellationToken cancellationToken) =>
        _gate.WriteAsync(async () => (await _client.Issue.Comment.Create(_owner, _repo, _number, body).ConfigureAwait(false)).Id, cancellationToken);

    public Task EditIssueCommentAsync(long commentId, string body, CancellationToken cancellationToken) =>
        _gate.WriteAsync(() => _client.Issue.Comment.Update(_owner, _repo, commentId, body), cancellationToken);

    public Task<long> CreateCheckRunAsync(string name, string headSha, string title, string summary, IReadOnlyList<CheckAnnotation> annotations, CancellationToken cancellationToken) =>
        _gate.WriteAsync(async () =>
        {
            var run = new NewCheckRun(name, headSha)
            {
                Status = CheckStatus.InProgress,
                Output = new NewCheckRunOutput(title, summary) { Annotations = annotations.Select(ToOctokit).ToList() },
            };
            return (await _client.Check.Run.Create(_owner, _repo, run).ConfigureAwait(false)).Id;
        }, cancellationToken);

    public Task UpdateCheckRunAsync(long checkRunId, string title, string summary, IReadOnlyList<CheckAnnotation> annotations, string? conclusion, CancellationToken cancellationToken) =>
        _gate.WriteAsync(async () =>
        {
            var update = new CheckRunUpdate { Output = new NewCheckRunOutput(title, summary) { Annotations = annotations.Select(ToOctokit).ToList() } };
            if (conclusion is not null)
            {
                update.Status = CheckStatus.Completed;
                update.Conclusion = conclusion switch { "failure" => CheckConclusion.Failure, "success" => CheckConclusion.Success, _ => CheckConclusion.Neutral };
            }

            return await _client.Check.Run.Update(_owner, _repo, checkRunId, update).ConfigureAwait(false);
        }, cancellationToken);

    public Task<string?> GetFileTextAsync(string path, string commitSha, CancellationToken cancellationToken) => _gate.ReadAsync(async () =>
    {
        try
        {
            var bytes = await _client.Repository.Content.GetRawContentByRef(_owner, _repo, path, commitSha).ConfigureAwait(false);
            return bytes.AsSpan().Contains((byte)0) ? null : Encoding.UTF8.GetString(bytes);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }, cancellationToken);

    private static NewCheckRunAnnotation ToOctokit(CheckAnnotation a) => new(a.Path, a.StartLine, a.EndLine, a.Level switch
    {
        "failure" => CheckAnnotationLevel.Failure,
        "warning" => CheckAnnotationLevel.Warning,
        _ => CheckAnnotationLevel.Notice,
    }, a.Message)
    {
        Title = a.Title,
    };

    private static Uri Rel(string path) => new(path, UriKind.Relative);

    private static string Describe(ApiException e)
    {
        var errors = e.ApiError?.Errors?.Select(x => x.Message).Where(m => !string.IsNullOrEmpty(m)).ToList();
        return errors is { Count: > 0 } ? string.Join("; ", errors) : e.Message;
    }
}
