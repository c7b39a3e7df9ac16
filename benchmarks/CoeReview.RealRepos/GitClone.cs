using System.Globalization;
using CoeReview.Benchmarks.Shared;

namespace CoeReview.RealRepos;

/// <summary>The git operations the benchmark needs on one local clone.</summary>
internal sealed class GitClone(string root, ProcessRunner runner)
{
    public string Root { get; } = root;

    /// <summary>
    /// The newest <paramref name="count"/> single-parent commits on the first-parent line that touch
    /// a .cs file: a commit without C# changes gives the review nothing to measure. The walk starts
    /// at origin/HEAD when there is one, so a clone left detached by an earlier run walks the same commits.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListCommitsAsync(int count, CancellationToken cancellationToken)
    {
        var start = await RunAsync(["rev-parse", "--verify", "-q", "refs/remotes/origin/HEAD"], cancellationToken);
        var from = start.ExitCode == 0 ? start.StandardOutput.Trim() : "HEAD";
        var list = await RunCheckedAsync(
            ["rev-list", "--first-parent", "--no-merges", "-n", count.ToString(CultureInfo.InvariantCulture), from, "--", "*.cs"],
            cancellationToken);
        return list.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The branch checked out now, or the commit when detached: put back after the run.</summary>
    public async Task<string> CurrentCheckoutAsync(CancellationToken cancellationToken)
    {
        var branch = await RunAsync(["symbolic-ref", "-q", "--short", "HEAD"], cancellationToken);
        return branch.ExitCode == 0 ? branch.StandardOutput.Trim() : (await RunCheckedAsync(["rev-parse", "HEAD"], cancellationToken)).Trim();
    }

    /// <summary>Checks out the commit and removes every untracked and ignored file, obj/ and bin/ included.</summary>
    public async Task<ProcessResult> CheckoutCleanAsync(string commit, CancellationToken cancellationToken)
    {
        var checkout = await RunAsync(["checkout", "-q", "-f", "--detach", commit], cancellationToken);
        return checkout.ExitCode != 0 ? checkout : await RunAsync(["clean", "-xdfq"], cancellationToken);
    }

    public Task<ProcessResult> CheckoutAsync(string reference, CancellationToken cancellationToken) =>
        RunAsync(["checkout", "-q", "-f", reference], cancellationToken);

    /// <summary>Lines the commit added to .cs files, counted by <c>git diff --numstat</c> (binary files count 0).</summary>
    public async Task<int> CountAddedCsLinesAsync(string commit, CancellationToken cancellationToken)
    {
        var numstat = await RunCheckedAsync(["diff", "--numstat", commit + "^", commit, "--", "*.cs"], cancellationToken);
        return numstat.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t')[0])
            .Sum(added => int.TryParse(added, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);
    }

    public async Task<AddedLines> AddedCsLinesAsync(string commit, CancellationToken cancellationToken) =>
        AddedLines.Parse(await RunCheckedAsync(["diff", "-U0", "--no-color", "--no-ext-diff", commit + "^", commit, "--", "*.cs"], cancellationToken));

    public async Task<string> SubjectAsync(string commit, CancellationToken cancellationToken) =>
        (await RunCheckedAsync(["log", "-1", "--format=%s", commit], cancellationToken)).Trim();

    private Task<ProcessResult> RunAsync(IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        runner.RunAsync("git", ["-C", Root, "-c", "core.quotePath=false", .. arguments], Root, cancellationToken);

    private async Task<string> RunCheckedAsync(IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var result = await RunAsync(arguments, cancellationToken);
        return result.ExitCode == 0
            ? result.StandardOutput
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} in {Root}: {result.FirstErrorLine}");
    }
}
