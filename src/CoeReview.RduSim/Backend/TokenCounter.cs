using CoeReview.RduSim.Models;
using Microsoft.ML.Tokenizers;

namespace CoeReview.RduSim.Backend;

/// <summary>
/// Counts tokens with cl100k_base (embedded, offline) and scales to the expert model's own
/// tokenizer: Llama 3's 128k vocabulary extends cl100k, so +10 % (see the shape's tokenFactor).
/// </summary>
public sealed class TokenCounter
{
    private static readonly Lazy<Tokenizer> s_cl100k = new(() => TiktokenTokenizer.CreateForEncoding("cl100k_base"));

    public static TokenCounter Shared { get; } = new();

    /// <summary>
    /// Loads the vocabulary (about 0.2 s) on a pool thread, so that it overlaps the analysis that
    /// runs before any prompt is counted.
    /// </summary>
    public static void Preload() => _ = Task.Run(() => s_cl100k.Value);

    public int CountCl100k(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? 0 : s_cl100k.Value.CountTokens(text);
    }

    public int Count(string text, ModelShape model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return (int)Math.Ceiling(CountCl100k(text) * model.TokenFactor);
    }
}
