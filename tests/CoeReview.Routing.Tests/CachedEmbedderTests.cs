using CoeReview.Routing.Embedding;

namespace CoeReview.Routing.Tests;

public sealed class CachedEmbedderTests
{
    [Fact]
    public void Batches_embedded_side_by_side_give_every_text_its_own_vector_once()
    {
        // Given 300 texts, a third of them repeated, and a model whose vector names its text
        var texts = Enumerable.Range(0, 300).Select(i => $"hunk {i % 200} " + new string('x', i % 37)).ToList();
        var model = new NamingEmbedder();
        var embedder = new CachedEmbedder(model, new EmbeddingCache(null, model.ModelId));

        // When they are embedded
        var vectors = embedder.Embed(texts, CancellationToken.None);

        // Then each text has the vector of its own text, and the model saw each distinct text once
        Assert.All(texts.Select((t, i) => (t, i)), x => Assert.Equal(NamingEmbedder.VectorOf(x.t), vectors[x.i]));
        Assert.Equal(texts.Distinct().Count(), model.Texts.Count);
        Assert.Equal(texts.Distinct().Order(StringComparer.Ordinal), model.Texts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_model_failure_reaches_the_caller_as_the_model_threw_it()
    {
        var model = new NamingEmbedder { FailOn = "hunk 7" };
        var embedder = new CachedEmbedder(model, new EmbeddingCache(null, model.ModelId));

        var error = Assert.Throws<InvalidOperationException>(() => embedder.Embed([.. Enumerable.Range(0, 64).Select(i => $"hunk {i}")], CancellationToken.None));

        Assert.Equal("the model failed on hunk 7", error.Message);
    }

    [Fact]
    public void A_cancelled_embedding_ends_as_a_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        var model = new NamingEmbedder { OnEmbed = cancel.Cancel };
        var embedder = new CachedEmbedder(model, new EmbeddingCache(null, model.ModelId));

        Assert.ThrowsAny<OperationCanceledException>(() => embedder.Embed([.. Enumerable.Range(0, 64).Select(i => $"hunk {i}")], cancel.Token));
    }

    private sealed class NamingEmbedder : ITextEmbedder
    {
        private readonly Lock _gate = new();

        public List<string> Texts { get; } = [];

        public string? FailOn { get; init; }

        public Action? OnEmbed { get; init; }

        public string ModelId => "naming";

        // Exact in half precision, so the cache keeps it unchanged.
        public static float[] VectorOf(string text) => [text.Length, text.GetHashCode(StringComparison.Ordinal) & 1023];

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            OnEmbed?.Invoke();
            if (FailOn is not null && texts.Contains(FailOn))
            {
                throw new InvalidOperationException("the model failed on " + FailOn);
            }

            cancellationToken.ThrowIfCancellationRequested();
            lock (_gate)
            {
                Texts.AddRange(texts);
            }

            return [.. texts.Select(VectorOf)];
        }

        public int CountTokens(string text) => text.Length;
    }
}
