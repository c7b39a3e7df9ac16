namespace CoeReview.Core.Pipeline;

/// <summary>
/// Runs reporters in order on one review. A reporter that throws is recorded and the next one
/// still runs, so a GitHub outage loses neither the terminal report nor the SARIF file nor the job
/// summary. Only cancellation stops the chain.
/// </summary>
public sealed class ReporterChain(IEnumerable<IReporter> reporters)
{
    private readonly IReadOnlyList<IReporter> _reporters = reporters.ToList();

    /// <summary>The failures, in reporter order (empty when every reporter finished).</summary>
    public async Task<IReadOnlyList<ReporterFailure>> RunAsync(Review review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var failures = new List<ReporterFailure>();
        foreach (var reporter in _reporters)
        {
            try
            {
                await reporter.ReportAsync(review, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A reporter's failure is reported after the others ran; it must not stop them.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add(new ReporterFailure(reporter.Name, e));
            }
        }

        return failures;
    }
}
