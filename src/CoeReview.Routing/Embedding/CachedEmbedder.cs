using System.Runtime.ExceptionServices;

namespace CoeReview.Routing.Embedding;

/// <summary>Embeds only what the cache does not hold, in batches of similar length, and remembers the results.</summary>
public sealed class CachedEmbedder(ITextEmbedder inner, EmbeddingCache cache, int batchSize = 16) : ITextEmbedder
{
    public string ModelId => inner.ModelId;

    public EmbeddingCache Cache => cache;

    /// <summary>Texts answered from the cache since this instance was made.</summary>
    public int Hits { get; private set; }

    /// <summary>Texts the model had to embed since this instance was made.</summary>
    public int Misses { get; private set; }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[texts.Count][];
        var missing = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            if (cache.TryGet(texts[i], out var v))
            {
                result[i] = v;
                Hits++;
            }
            else if (missing.TryGetValue(texts[i], out var at))
            {
                at.Add(i);
            }
            else
            {
                missing[texts[i]] = [i];
            }
        }

        Misses += missing.Count;

        // Equal token counts per batch: the model pads every text of a batch to the longest, and batched by
        // characters a fifth of the tokens run were padding (1,000 template hunks).
        // Runs the batches on every core, one single-threaded model run per core: ONNX Runtime's two threads
        // on one run kept the cores 1.6 of 2 busy (they meet at every operator), and two runs side by side
        // took the 1,000-hunk embedding from 4.1-4.3 s to 3.4-3.7 s of wall time. Fewer texts than cores
        // times a batch are split evenly so a small review also uses every core.
        var size = Math.Clamp((missing.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount, 1, batchSize);
        var batches = missing.Keys.OrderBy(inner.CountTokens).ThenBy(t => t.Length).Chunk(size).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(batches, parallel, batch =>
            {
                var vectors = inner.Embed(batch, cancellationToken);
                for (var b = 0; b < batch.Length; b++)
                {
                    var kept = cache.Put(batch[b], vectors[b]);
                    foreach (var i in missing[batch[b]])
                    {
                        result[i] = kept;
                    }
                }
            });
        }
        catch (AggregateException e)
        {
            // Callers see what one batch threw, as they did when batches ran in turn; a run ended by
            // cancellation is a cancellation, whatever the model's runtime made of it.
            cancellationToken.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return result;
    }

    public int CountTokens(string text) => inner.CountTokens(text);
}
