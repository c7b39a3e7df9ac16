namespace CoeReview.Core.Pipeline;

/// <summary>Renders or publishes a review.</summary>
internal interface IReporter
{
    Task ReportAsync(Review review, CancellationToken cancellationToken);
}
