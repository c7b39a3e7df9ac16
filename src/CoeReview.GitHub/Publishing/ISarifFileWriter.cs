using CoeReview.Core.Pipeline;

namespace CoeReview.GitHub.Publishing;

/// <summary>Writes the review as SARIF 2.1.0 (the CLI's SARIF reporter); kept as a seam so this library does not depend on the CLI.</summary>
public interface ISarifFileWriter
{
    Task WriteAsync(Review review, string path, CancellationToken cancellationToken);
}
