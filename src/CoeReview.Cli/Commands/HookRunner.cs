using System.Reflection;
using CoeReview.Cli.Composition;
using CoeReview.Core.Pipeline;
using CoeReview.Git;
using CoeReview.Git.Hooks;

namespace CoeReview.Cli.Commands;

/// <summary>The pre-push hook: install/uninstall it, and review exactly the commits a push sends.</summary>
internal static class HookRunner
{
    public static int Install(string repo, string? command, CliContext context)
    {
        var words = command is null ? ThisProgram() : [command];
        var result = PrePushHookInstaller.Install(repo, words);
        context.Out.WriteLine(result.Message);
        context.Out.WriteLine("Skip it for one push with: git push --no-verify");
        return ExitCodes.Success;
    }

    public static int Uninstall(string repo, CliContext context)
    {
        context.Out.WriteLine(PrePushHookInstaller.Uninstall(repo).Message);
        return ExitCodes.Success;
    }

    public static async Task<int> PrePushAsync(ReviewRequest request, string remote, string? url, CliContext context, CancellationToken cancellationToken)
    {
        if (request.Base is not null || request.Head is not null || request.Diff is not null || request.Staged)
        {
            throw new CliInputException("pre-push reviews the commits being pushed: --base, --head, --diff and --staged do not apply");
        }

        var lines = new List<string>();
        while (await context.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lines.Add(line);
        }

        var ranges = new PrePushRangeResolver(request.Repo).Resolve(remote, url, lines);
        var worst = ExitCodes.Success;
        foreach (var range in ranges)
        {
            var session = ReviewSession.Create(request, context);
            await context.Error.WriteLineAsync($"coe-review: reviewing {range.Commits} commit(s) pushed to {range.RemoteRef}").ConfigureAwait(false);
            var source = new ExcludingDiffSource(new RangeDiffSource(request.Repo, range.BaseSha, range.HeadSha, mergeBase: false), session.Config.Exclude);
            var review = await session.RunAsync(source, context, cancellationToken).ConfigureAwait(false);
            await ReviewRunner.WriteReportAsync(review, request, context, cancellationToken).ConfigureAwait(false);
            worst = Math.Max(worst, ReviewRunner.ExitCode(review, session.Options));
        }

        if (worst != ExitCodes.Success)
        {
            var why = worst == ExitCodes.FindingsAtFailLevel ? "findings at the fail level" : "the review could not complete";
            await context.Error.WriteLineAsync($"coe-review: push blocked ({why}); fix them, or skip the check once with 'git push --no-verify'").ConfigureAwait(false);
        }

        return worst;
    }

    /// <summary>How to start this same program from a hook: the tool's own executable, or dotnet and the dll.</summary>
    private static string[] ThisProgram()
    {
        var process = Environment.ProcessPath ?? "coe-review";
        var entry = Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(process) == "dotnet" && !string.IsNullOrEmpty(entry) ? [process, entry] : [process];
    }
}
