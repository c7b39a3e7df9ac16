using CoeReview.Cli.Commands;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Reporting;

/// <summary>The report in the requested --format, on stdout or in the --output file: the first link of the pr command's chain.</summary>
internal sealed class FormatReporter(ReviewRequest request, CliContext context) : IReporter
{
    public string Name => $"{request.Format} report";

    public Task ReportAsync(Review review, CancellationToken cancellationToken) =>
        ReviewRunner.WriteReportAsync(review, request, context, cancellationToken);
}
