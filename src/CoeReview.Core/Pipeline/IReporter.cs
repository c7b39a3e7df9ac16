namespace CoeReview.Core.Pipeline;

/// <summary>Renders or publishes a review: one link of a <see cref="ReporterChain"/>.</summary>
public interface IReporter
{
    /// <summary>What this reporter produces, as failures name it ("SARIF file", "pull request review").</summary>
    string Name { get; }

    Task ReportAsync(Review review, CancellationToken cancellationToken);
}
