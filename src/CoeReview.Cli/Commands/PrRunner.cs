using System.Runtime.ExceptionServices;
using CoeReview.Cli.Composition;
using CoeReview.Cli.Reporting;
using CoeReview.Core;
using CoeReview.Core.Diff;
using CoeReview.Core.Pipeline;
using CoeReview.Git;
using CoeReview.GitHub.Actions;
using CoeReview.GitHub.Api;
using CoeReview.GitHub.Diff;
using CoeReview.GitHub.Publishing;
using LibGit2Sharp;

namespace CoeReview.Cli.Commands;

/// <summary>
/// `coe-review pr`: the PR from the Actions environment, its diff from the local checkout when the
/// base commit is there (fetch-depth: 0) else from the files API, the review, then the publisher.
/// Exit code by the fail level in every publishing mode; 3 only when the review or GitHub failed.
/// </summary>
internal static class PrRunner
{
    public static async Task<int> RunAsync(ReviewRequest request, GitHubContextOptions github, GitHubPublishOptions publish, string? sarifPath, CliContext context, CancellationToken cancellationToken)
    {
        if (request.Base is not null || request.Head is not null || request.Diff is not null || request.Staged)
        {
            throw new CliInputException("pr reviews the pull request's own diff: --base, --head, --diff and --staged do not apply");
        }

        var pr = GitHubContextReader.Read(github, context.Environment);
        if (pr.Token is null && !publish.DryRun)
        {
            throw new GitHubInputException("no GitHub token: set GITHUB_TOKEN (or use --dry-run)");
        }

        var api = new OctokitGitHubApi(OctokitGitHubApi.CreateClient(pr.ApiUrl, pr.Token), pr.Owner, pr.Repo, pr.PullNumber, new GitHubRateGate());
        if (pr.HeadSha is null || pr.BaseSha is null)
        {
            var info = await api.GetPullRequestAsync(cancellationToken).ConfigureAwait(false);
            pr = pr with { HeadSha = pr.HeadSha ?? info.HeadSha, BaseSha = pr.BaseSha ?? info.BaseSha };
        }

        var session = ReviewSession.Create(request, context);
        var root = ReviewSession.RepoRoot(request);
        var (source, where) = ChooseSource(request.Repo, root, pr, api);
        await context.Error.WriteLineAsync($"coe-review: reviewing {pr.Repository}#{pr.PullNumber} ({where})").ConfigureAwait(false);
        var review = await session.RunAsync(new ExcludingDiffSource(source, session.Config.Exclude), context, cancellationToken).ConfigureAwait(false);

        // The terminal report, then GitHub's chain (SARIF file, review, job summary, outputs): a link that fails loses nothing for the next.
        var publishOptions = publish with { FailLevel = session.Options.FailLevel };
        var publisher = new GitHubPullRequestReporter(pr, api, publishOptions, new PrSarifWriter(), context.Out, context.Error) { SarifPath = sarifPath };
        var failures = await new ReporterChain([new FormatReporter(request, context), publisher]).RunAsync(review, cancellationToken).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            // Bad input (an --output folder that does not exist) is exit 2; anything else, GitHub unreachable for one, exit 3.
            var first = failures.FirstOrDefault(f => f.Error is BadInputException) ?? failures[0];
            foreach (var other in failures.Where(f => f != first))
            {
                await context.Error.WriteLineAsync($"coe-review: {other.Reporter} failed: {CommandGuard.OneLine(other.Error.Message)}").ConfigureAwait(false);
            }

            ExceptionDispatchInfo.Throw(first.Error);
        }

        return ReviewRunner.ExitCode(review, session.Options);
    }

    /// <summary>The local range when both commits are present (the checkout needs fetch-depth: 0), else the files API.</summary>
    private static (IDiffSource Source, string Where) ChooseSource(string repoPath, string root, GitHubContext pr, IGitHubApi api)
    {
        var found = Repository.Discover(Path.GetFullPath(repoPath));
        if (found is not null)
        {
            using var repo = new Repository(found);
            var hasHead = repo.Lookup<Commit>(pr.HeadSha) is not null;
            if (hasHead && repo.Lookup<Commit>(pr.BaseSha) is not null)
            {
                // A shallow history may still lack the merge base: then the API's diff is used.
                return (new FallbackDiffSource(new RangeDiffSource(repoPath, pr.BaseSha, pr.HeadSha!, mergeBase: true), new GitHubPullRequestDiffSource(api, root, GitTreeSnapshot.OfCommit(root, pr.HeadSha!))), "diff from the local checkout");
            }

            if (hasHead)
            {
                return (new GitHubPullRequestDiffSource(api, root, GitTreeSnapshot.OfCommit(root, pr.HeadSha!)), "diff from the GitHub API, files from the checkout");
            }
        }

        return (new GitHubPullRequestDiffSource(api, root), "diff and files from the GitHub API: the base commit is not in the checkout (use fetch-depth: 0)");
    }

    private sealed class FallbackDiffSource(IDiffSource primary, IDiffSource fallback) : IDiffSource
    {
        public async Task<DiffSet> GetDiffAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await primary.GetDiffAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (GitInputException)
            {
                return await fallback.GetDiffAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
