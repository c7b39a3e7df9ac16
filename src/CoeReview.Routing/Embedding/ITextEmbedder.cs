namespace CoeReview.Routing.Embedding;

/// <summary>Turns texts into L2-normalised vectors of a fixed size.</summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and its text preparation; cached vectors are keyed by it.</summary>
    string ModelId { get; }

    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken);

    /// <summary>How many model tokens the text costs, for accounting.</summary>
    int CountTokens(string text);
}
