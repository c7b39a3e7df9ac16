using System.Text;
using CoeReview.Cli.Composition;
using CoeReview.Cli.Reporting;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Commands;

/// <summary>Runs a review for a request and writes its report; shared by review, pr and the pre-push hook.</summary>
internal static class ReviewRunner
{
    /// <summary>Runs the review; the session and the finished review are returned for callers that publish it.</summary>
    public static async Task<(ReviewSession Session, Review Review)> ReviewAsync(ReviewRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var session = ReviewSession.Create(request, context);
        var review = await session.RunAsync(session.Source, context, cancellationToken).ConfigureAwait(false);
        return (session, review);
    }

    public static async Task<int> RunAsync(ReviewRequest request, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var (session, review) = await ReviewAsync(request, context, cancellationToken).ConfigureAwait(false);
        using (StageProfile.Stage("render"))
        {
            await WriteReportAsync(review, request, context, cancellationToken).ConfigureAwait(false);
        }

        if (StageProfile.Enabled)
        {
            StageProfile.Write(context.Error);
        }

        return ExitCode(review, session.Options);
    }

    public static async Task WriteReportAsync(Review review, ReviewRequest request, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var empty = review.Coverage.Hunks == 0 && review.Coverage.Skipped.Count == 0;
        var structured = request.Format is "json" or "sarif";
        if (empty && !structured && request.Output is null)
        {
            await context.Out.WriteLineAsync("nothing to review").ConfigureAwait(false);
            return;
        }

        if (empty)
        {
            await context.Error.WriteLineAsync("nothing to review").ConfigureAwait(false);
        }

        var color = request.Output is null && context.OutIsTerminal && string.IsNullOrEmpty(context.Environment("NO_COLOR"));
        var renderer = Renderers.For(request.Format, color, request.Cost);
        if (request.Output is null)
        {
            renderer.Render(review, context.Out);
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(request.Output));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliInputException($"cannot write '{request.Output}': folder does not exist");
        }

        var text = new StringWriter();
        renderer.Render(review, text);
        await File.WriteAllTextAsync(request.Output, text.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        await context.Error.WriteLineAsync(TextRenderer.Summary(review)).ConfigureAwait(false);
    }

    /// <summary>3 when the review is incomplete, else 1 for findings at the fail level, else 0.</summary>
    public static int ExitCode(Review review, ReviewOptions options)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(options);
        if (review.Incomplete)
        {
            return ExitCodes.InfrastructureFailure;
        }

        return options.FailLevel is { } level && review.HasFindingsAtOrAbove(level) ? ExitCodes.FindingsAtFailLevel : ExitCodes.Success;
    }
}
