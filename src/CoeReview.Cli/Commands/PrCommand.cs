using System.CommandLine;
using CoeReview.GitHub.Actions;
using CoeReview.GitHub.Publishing;

namespace CoeReview.Cli.Commands;

/// <summary><c>coe-review pr</c>: review a GitHub pull request and publish the review (see <see cref="PrRunner"/>).</summary>
internal static class PrCommand
{
    public static Command Create(CliContext context)
    {
        var review = new ReviewOptionSet();
        var githubRepo = new Option<string?>("--github-repo") { Description = "OWNER/NAME (default GITHUB_REPOSITORY)" };
        var pr = new Option<int?>("--pr") { Description = "Pull request number (default: from GITHUB_EVENT_PATH)" };
        var apiUrl = new Option<string?>("--api-url") { Description = "GitHub API URL (default GITHUB_API_URL, else https://api.github.com)" };
        var eventPath = new Option<string?>("--event-path") { Description = "Event payload file (default GITHUB_EVENT_PATH)" };
        var token = new Option<string?>("--token") { Description = "GitHub token (default GITHUB_TOKEN; prefer the variable, arguments show in process lists)" };
        var summary = new Option<string?>("--step-summary") { Description = "Job summary file (default GITHUB_STEP_SUMMARY)" };
        var output = new Option<string?>("--github-output") { Description = "Step output file (default GITHUB_OUTPUT)" };
        var sarif = new Option<string?>("--sarif") { Description = "Where to write the SARIF file (default RUNNER_TEMP/coe-review.sarif)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Review and show what would be posted, post nothing" };
        var maxComments = new Option<int>("--max-comments") { Description = "Inline comments per review; the rest go to the review body", DefaultValueFactory = _ => 30 };
        var requestChanges = new Option<bool>("--request-changes") { Description = "Review with REQUEST_CHANGES when findings reach the fail level (default COMMENT)" };
        var checkRun = new Option<bool>("--check-run") { Description = "Also publish a check run with annotations (needs checks: write)" };
        var command = new Command("pr", "Review a GitHub pull request and publish the review")
        {
            githubRepo, pr, apiUrl, eventPath, token, summary, output, sarif, dryRun, maxComments, requestChanges, checkRun,
        };
        review.AddTo(command);
        command.SetAction((parse, ct) => CommandGuard.RunAsync(context, t =>
        {
            var request = review.Read(parse);
            var github = new GitHubContextOptions
            {
                Repository = parse.GetValue(githubRepo),
                PullNumber = parse.GetValue(pr),
                ApiUrl = parse.GetValue(apiUrl),
                EventPath = parse.GetValue(eventPath),
                Token = parse.GetValue(token),
                StepSummaryPath = parse.GetValue(summary),
                OutputPath = parse.GetValue(output),
            };
            var publish = new GitHubPublishOptions
            {
                MaxInlineComments = Math.Max(0, parse.GetValue(maxComments)),
                RequestChanges = parse.GetValue(requestChanges),
                CheckRun = parse.GetValue(checkRun),
                DryRun = parse.GetValue(dryRun),
            };
            return PrRunner.RunAsync(request, github, publish, parse.GetValue(sarif), context, t);
        }, ct));
        return command;
    }
}
