using CoeReview.Core.Pipeline;
using CoeReview.GitHub.Publishing;

namespace CoeReview.GitHub.Tests.Support;

/// <summary>Stands in for the CLI's SARIF reporter: writes the fingerprints, one per line, so tests can see what reached the file.</summary>
public sealed class RecordingSarifWriter : ISarifFileWriter
{
    public Task WriteAsync(Review review, string path, CancellationToken cancellationToken) =>
        File.WriteAllLinesAsync(path, review.Findings.Select(f => f.Fingerprint), cancellationToken);
}
