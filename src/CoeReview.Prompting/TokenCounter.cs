using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.ML.Tokenizers;

namespace CoeReview.Prompting;

/// <summary>
/// Counts prompt tokens as an expert's model would: cl100k_base (embedded, offline) times the
/// factor of the expert's model profile from Data/token-factors.json. There is no offline Llama 3
/// vocabulary package, and Llama 3's 128k vocabulary starts with cl100k's, so a profile that is not
/// listed gets <see cref="DefaultFactor"/>: safe for Llama 3 and close for GPT models (OpenAI's
/// newer o200k counts fewer).
/// </summary>
public sealed class TokenCounter
{
    /// <summary>The factor for a profile the data does not list: the Llama 3 margin of 10 %.</summary>
    public const double DefaultFactor = 1.1;

    private static readonly Lazy<Tokenizer> s_cl100k = new(() => TiktokenTokenizer.CreateForEncoding("cl100k_base"));
    private static readonly Lazy<IReadOnlyDictionary<string, TokenCounter>> s_profiles = new(Load);

    // Every expert of a review renders the same hunks, system prompts and lines: each is counted once.
    private static readonly ConcurrentDictionary<string, int> s_counts = new(StringComparer.Ordinal);
    private const int MaxRemembered = 16384;

    private TokenCounter(double factor) => Factor = factor;

    /// <summary>The counter for a profile the data does not list.</summary>
    public static TokenCounter Default { get; } = new(DefaultFactor);

    /// <summary>Model's tokens per cl100k_base token.</summary>
    public double Factor { get; }

    /// <summary>The counter for an expert's <c>model.profile</c> (case-insensitive); <see cref="Default"/> when unlisted.</summary>
    public static TokenCounter For(string? profile) =>
        profile is not null && s_profiles.Value.TryGetValue(profile.Trim(), out var counter) ? counter : Default;

    /// <summary>
    /// Loads the vocabulary (about 0.2 s) on a pool thread, so that it overlaps the analysis that
    /// runs before any prompt is counted.
    /// </summary>
    public static void Preload() => _ = Task.Run(() => s_cl100k.Value);

    /// <summary>The cl100k_base count alone.</summary>
    public static int CountCl100k(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }

        if (s_counts.TryGetValue(text, out var known))
        {
            return known;
        }

        if (s_counts.Count >= MaxRemembered)
        {
            s_counts.Clear();
        }

        return s_counts[text] = s_cl100k.Value.CountTokens(text);
    }

    /// <summary>Estimated tokens of the text in the model's own tokenizer, rounded up.</summary>
    public int Count(string text) => Scaled(CountCl100k(text));

    /// <summary>
    /// <see cref="Count"/> of the parts joined, from the parts' own (remembered) counts: the same number
    /// when each part after the first starts, after a line break, with a character that is not whitespace.
    /// cl100k's pre-tokenizer never joins a line break to a following non-space character, and its BPE never
    /// merges across pre-tokens. A request's user message is its pieces joined so: counting it whole
    /// counted every piece a second time (a third of a large review's experts stage).
    /// </summary>
    public int CountJoined(IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return Scaled(parts.Sum(CountCl100k));
    }

    private int Scaled(int cl100k) => (int)Math.Ceiling(cl100k * Factor);

    private static Dictionary<string, TokenCounter> Load()
    {
        using var stream = typeof(TokenCounter).Assembly.GetManifestResourceStream("data/token-factors.json")
            ?? throw new InvalidOperationException("the embedded data/token-factors.json is missing");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("profiles").EnumerateArray().ToDictionary(
            p => p.GetProperty("profile").GetString()!,
            p => new TokenCounter(p.GetProperty("factor").GetDouble()),
            StringComparer.OrdinalIgnoreCase);
    }
}
