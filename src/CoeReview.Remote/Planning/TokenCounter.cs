using Microsoft.ML.Tokenizers;

namespace CoeReview.Remote.Planning;

/// <summary>
/// Counts prompt tokens with cl100k_base plus a 10% margin: Llama 3's vocabulary starts with
/// cl100k's and there is no offline Llama 3 data package, so this errs on the safe side for the
/// models these endpoints serve (OpenAI's newer o200k counts fewer).
/// </summary>
public static class TokenCounter
{
    private static readonly Lazy<Tokenizer> s_tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("cl100k_base"));

    /// <summary>Estimated tokens of the text, rounded up with the margin.</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? 0 : (int)Math.Ceiling(s_tokenizer.Value.CountTokens(text) * 1.1);
    }

    /// <summary>Loads the vocabulary ahead of use (250–330 ms the first time).</summary>
    public static void WarmUp() => _ = s_tokenizer.Value;
}
