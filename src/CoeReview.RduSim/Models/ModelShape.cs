namespace CoeReview.RduSim.Models;

/// <summary>
/// A Llama-style decoder from its architecture; every size the simulator needs is derived here:
/// parameters, weight bytes, bytes streamed per decode step, FLOPs per token and KV bytes per token.
/// </summary>
public sealed record ModelShape(
    string Name,
    int Hidden,
    int Layers,
    int Heads,
    int KvHeads,
    int Intermediate,
    int Vocab,
    bool TiedEmbeddings = false,
    string Source = "")
{
    /// <summary>BF16 weights.</summary>
    public const int BytesPerParam = 2;

    public int HeadDim => Hidden / Heads;

    /// <summary>Q and O are hidden², K and V hidden × kvHeads × headDim, the SwiGLU MLP 3 × hidden × intermediate, plus two norms.</summary>
    public double ParamsPerLayer =>
        (2.0 * Hidden * Hidden) + (2.0 * Hidden * KvHeads * HeadDim) + (3.0 * Hidden * Intermediate) + (2.0 * Hidden);

    public double EmbeddingParams => (double)Vocab * Hidden;

    public double Parameters => (Layers * ParamsPerLayer) + (EmbeddingParams * (TiedEmbeddings ? 1 : 2)) + Hidden;

    public double WeightBytes => Parameters * BytesPerParam;

    /// <summary>
    /// Bytes a decode step reads: every layer and the LM head. The input embedding is a row gather,
    /// so an untied embedding table is held but not streamed.
    /// </summary>
    public double StreamedBytesPerStep => ((Layers * ParamsPerLayer) + EmbeddingParams + Hidden) * BytesPerParam;

    /// <summary>Parameters that take part in matrix multiplies per token (layers and LM head).</summary>
    public double MatmulParams => (Layers * (ParamsPerLayer - (2.0 * Hidden))) + EmbeddingParams;

    /// <summary>Dense FLOPs per token without attention: 2 per multiply-accumulate.</summary>
    public double DenseFlopsPerToken => 2 * MatmulParams;

    /// <summary>Attention FLOPs for one query token against <paramref name="context"/> keys: QKᵀ and PV.</summary>
    public double AttentionFlops(double context) => 4.0 * Layers * Heads * HeadDim * context;

    /// <summary>K and V for one token across all layers.</summary>
    public double KvBytesPerToken => 2.0 * Layers * KvHeads * HeadDim * BytesPerParam;

    /// <summary>The same model with fewer layers (the H100 measurements ran 16 of 70B's 80).</summary>
    public ModelShape WithLayers(int layers) => this with { Name = $"{Name}@{layers}of{Layers}", Layers = layers };

    public void Validate()
    {
        if (Hidden <= 0 || Layers <= 0 || Heads <= 0 || KvHeads <= 0 || Intermediate <= 0 || Vocab <= 0)
        {
            throw new SimInputException($"model '{Name}': hidden, layers, heads, kvHeads, intermediate and vocab must be positive");
        }

        if (Hidden % Heads != 0 || Heads % KvHeads != 0)
        {
            throw new SimInputException($"model '{Name}': hidden must divide by heads and heads by kvHeads");
        }
    }
}
