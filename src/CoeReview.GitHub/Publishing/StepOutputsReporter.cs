using System.Globalization;
using CoeReview.Core.Pipeline;
using CoeReview.GitHub.Actions;

namespace CoeReview.GitHub.Publishing;

/// <summary>The step outputs (GITHUB_OUTPUT) later workflow steps read: findings=N and sarif=PATH.</summary>
internal sealed class StepOutputsReporter(GitHubContext context, PullRequestReport report) : IReporter
{
    public string Name => "step outputs";

    public Task ReportAsync(Review review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (context.OutputPath is { } output)
        {
            ActionsFiles.AppendOutput(output, "findings", review.Findings.Count.ToString(CultureInfo.InvariantCulture));
            ActionsFiles.AppendOutput(output, "sarif", report.SarifPath ?? "");
        }

        return Task.CompletedTask;
    }
}
