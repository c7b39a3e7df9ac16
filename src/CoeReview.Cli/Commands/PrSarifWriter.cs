using System.Text;
using CoeReview.Cli.Reporting;
using CoeReview.Core.Pipeline;
using CoeReview.GitHub.Publishing;

namespace CoeReview.Cli.Commands;

/// <summary>Gives the GitHub publisher the CLI's SARIF reporter, so a fork PR still gets a SARIF file.</summary>
internal sealed class PrSarifWriter : ISarifFileWriter
{
    public async Task WriteAsync(Review review, string path, CancellationToken cancellationToken)
    {
        var text = new StringWriter();
        new SarifRenderer().Render(review, text);
        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
    }
}
