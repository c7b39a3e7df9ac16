using CoeReview.Core.Pipeline;
using CoeReview.GitHub.Actions;

namespace CoeReview.GitHub.Publishing;

/// <summary>Writes the SARIF file code scanning uploads: the first link, so it exists whatever GitHub does next.</summary>
internal sealed class SarifFileReporter(GitHubContext context, ISarifFileWriter writer, string? path, PullRequestReport report) : IReporter
{
    public string Name => "SARIF file";

    public async Task ReportAsync(Review review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var full = Path.GetFullPath(path ?? Path.Combine(context.TempDirectory ?? Directory.GetCurrentDirectory(), "coe-review.sarif"));
        await writer.WriteAsync(review, full, cancellationToken).ConfigureAwait(false);
        report.SarifPath = full;
    }
}
