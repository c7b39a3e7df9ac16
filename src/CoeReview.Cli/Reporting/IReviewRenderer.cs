using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Reporting;

/// <summary>Renders a review in one output format.</summary>
internal interface IReviewRenderer
{
    /// <summary>The --format name.</summary>
    string Format { get; }

    void Render(Review review, TextWriter writer);
}
