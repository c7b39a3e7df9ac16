using CoeReview.GitHub.Api;
using CoeReview.GitHub.Tests.StandIn;

namespace CoeReview.GitHub.Tests.Support;

/// <summary>A stand-in with one PR, a token, and the library's API client pointed at it on fake time.</summary>
public sealed class StandInSession : IDisposable
{
    public const string Token = "ghs_testtoken_do_not_print_1234567890";

    public StandInSession(bool canWrite = true, GitHubPacingOptions? pacing = null)
    {
        Server = new FakeGitHub();
        Server.AddToken(Token, canWrite: canWrite);
        Server.Now = Time.GetUtcNow;
        Pull = Server.AddPull(7);
        Gate = new GitHubRateGate(pacing, Time, Time.Delay);
        Client = OctokitGitHubApi.CreateClient(Server.BaseUrl, Token);
        Api = new OctokitGitHubApi(Client, Server.Owner, Server.Repo, Pull.Number, Gate);
    }

    public ManualTime Time { get; } = new();

    public FakeGitHub Server { get; }

    public FakePullRequest Pull { get; }

    public GitHubRateGate Gate { get; }

    public Octokit.GitHubClient Client { get; }

    public OctokitGitHubApi Api { get; }

    public void Dispose() => Server.Dispose();
}
