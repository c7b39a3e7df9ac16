using System.Globalization;
using CoeReview.Benchmarks.Shared;

namespace CoeReview.RealRepos;

/// <summary>
/// Walks one clone's commits, one at a time (the machine is shared and small), and measures each in
/// every requested mode: unrestored first, straight after a clean checkout, then restored.
/// </summary>
internal sealed class RepoBenchmark(BenchmarkOptions options, ProcessRunner runner, TextWriter progress)
{
    private readonly ToolReview _review = new(runner, options.Cli, options.WorkDirectory);
    private readonly DotnetBuild _dotnet = new(runner, options.NuGetConfig, options.WorkDirectory);

    public async Task<RepoResult> RunAsync(RepoSpec spec, CancellationToken cancellationToken)
    {
        var git = new GitClone(spec.Path, runner);
        var original = await git.CurrentCheckoutAsync(cancellationToken);
        var commits = await git.ListCommitsAsync(spec.Commits, cancellationToken);
        var measurements = new List<CommitMeasurement>();
        try
        {
            foreach (var commit in commits)
            {
                measurements.AddRange(await MeasureCommitAsync(git, spec.Name, commit, cancellationToken));
            }
        }
        finally
        {
            // Leave the clone where it was, so the next run walks from the same place.
            await git.CheckoutAsync(original, CancellationToken.None);
        }

        return new RepoResult(spec.Name, spec.Path, commits, measurements);
    }

    private async Task<List<CommitMeasurement>> MeasureCommitAsync(GitClone git, string repo, string commit, CancellationToken cancellationToken)
    {
        var subject = await git.SubjectAsync(commit, cancellationToken);
        var addedCount = await git.CountAddedCsLinesAsync(commit, cancellationToken);
        var results = new List<CommitMeasurement>();
        var checkout = await git.CheckoutCleanAsync(commit, cancellationToken);
        if (checkout.ExitCode != 0)
        {
            results.AddRange(options.Modes.Select(m => new CommitMeasurement(repo, commit, subject, m, addedCount, null, checkout.FirstErrorLine)));
            Report(results[0], "checkout failed: " + checkout.FirstErrorLine);
            return results;
        }

        var added = await git.AddedCsLinesAsync(commit, cancellationToken);
        if (options.Modes.Contains(BenchmarkMode.Unrestored))
        {
            var review = await _review.RunAsync(git.Root, repo, commit, BenchmarkMode.Unrestored, cancellationToken);
            var measurement = new CommitMeasurement(repo, commit, subject, BenchmarkMode.Unrestored, addedCount, review, null);
            results.Add(measurement);
            Report(measurement, null);
        }

        if (options.Modes.Contains(BenchmarkMode.Restored))
        {
            var owners = ProjectLocator.OwningProjects(git.Root, added.Paths);
            var restore = await _dotnet.RestoreAsync(git.Root, [.. owners.Values], cancellationToken);

            // Reviewed before the build, so bin/ and generated files of this commit's build cannot help it.
            var review = await _review.RunAsync(git.Root, repo, commit, BenchmarkMode.Restored, cancellationToken);
            var build = await _dotnet.BuildAsync(git.Root, [.. owners.Values], cancellationToken);
            var agreement = review.Failed ? null : Agreement.Compute(added, owners, restore, build, review.Findings);
            var measurement = new CommitMeasurement(repo, commit, subject, BenchmarkMode.Restored, addedCount, review, null, restore, build, agreement);
            results.Add(measurement);
            Report(measurement, restore.Succeeded ? null : "restore failed: " + restore.FirstError);
        }

        return results;
    }

    private void Report(CommitMeasurement m, string? note)
    {
        var review = m.Review is null ? "not reviewed"
            : m.Review.Failed ? "FAILED " + m.Review.Failure
            : string.Create(CultureInfo.InvariantCulture, $"{m.Review.Findings.Count} findings, {m.CompilerFindings("error").Count()} CS errors, {m.Review.Elapsed.TotalSeconds:0.0} s");
        var agree = m.Agreement is null ? "" : $"; vs build: {m.Agreement.Agreed.Count} agree, {m.Agreement.ReviewOnly.Count} review-only, {m.Agreement.BuildOnly.Count} build-only";
        progress.WriteLine($"{m.Repo} {m.ShortCommit} {m.Mode.ToString().ToLowerInvariant()}: +{m.AddedCsLines} .cs lines, {review}{agree}{(note is null ? "" : "; " + note)}");
    }
}
