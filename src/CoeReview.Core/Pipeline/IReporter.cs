namespace CoeReview.Core.Pipeline;

/// <summary>Renders or publishes a review.</summary>
public interface IReporter
{
    Task ReportAsync(Review review, CancellationToken cancellationToken);
}
