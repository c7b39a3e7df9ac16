namespace CoeReview.Routing.Embedding;

/// <summary>
/// The vectors of the built-in experts' examples and descriptions, as the shipped model computes
/// them, kept in the assembly: every review embedded these 132 texts again before its first hunk
/// (a tenth of a cold 1,000-hunk route). They are looked up by the same key as the cache, so a
/// changed example or another model simply misses and is embedded. <c>ShippedVectorsTests</c>
/// fails when they are not what the model computes, and rewrites them with COE_REVIEW_UPDATE_GOLDEN=1.
/// </summary>
internal static class ShippedVectors
{
    public const string ResourceName = "data/expert-vectors.bin";

    private static readonly Lock s_gate = new();
    private static (string ModelId, IReadOnlyDictionary<UInt128, float[]> Vectors)? s_loaded;

    /// <summary>The shipped vectors for this model, empty for any other.</summary>
    public static IReadOnlyDictionary<UInt128, float[]> For(string modelId)
    {
        lock (s_gate)
        {
            if (s_loaded is not { } loaded || loaded.ModelId != modelId)
            {
                loaded = (modelId, Load(modelId));
                s_loaded = loaded;
            }

            return loaded.Vectors;
        }
    }

    private static Dictionary<UInt128, float[]> Load(string modelId)
    {
        using var stream = typeof(ShippedVectors).Assembly.GetManifestResourceStream(ResourceName);
        try
        {
            return stream is null ? [] : EmbeddingFile.Read(stream, modelId, maxEntries: 100_000) ?? [];
        }
        catch (EndOfStreamException)
        {
            return [];
        }
    }
}
