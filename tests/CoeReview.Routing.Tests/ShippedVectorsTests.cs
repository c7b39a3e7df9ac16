using System.Numerics.Tensors;
using CoeReview.Core.Experts;
using CoeReview.Routing.Embedding;

namespace CoeReview.Routing.Tests;

[Trait("Category", "Slow")]
[Collection(ModelCollection.Name)]
public sealed class ShippedVectorsTests(ModelFixture fixture)
{
    [Fact]
    public void The_shipped_vectors_are_what_the_model_computes_for_every_built_in_example()
    {
        // Given the built-in experts' texts embedded as a review's index embeds them, without the shipped vectors
        var (catalog, _) = ExpertSources.Load(null);
        var texts = ExpertIndex.TextsOf(catalog);
        var fresh = new EmbeddingCache(null, fixture.Model.ModelId, shipped: false);
        var computed = new CachedEmbedder(fixture.Model, fresh).Embed(texts, CancellationToken.None);
        if (Environment.GetEnvironmentVariable("COE_REVIEW_UPDATE_GOLDEN") == "1")
        {
            Write(texts.Select((t, i) => KeyValuePair.Create(fresh.KeyOf(t), computed[i])).ToList());
            return;
        }

        // When the shipped vectors are looked up
        var shipped = ShippedVectors.For(fixture.Model.ModelId);

        // Then there is one per text, each the model's own to the last digits a CPU may change, and no other
        Assert.Equal(texts.Count, shipped.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.True(shipped.TryGetValue(fresh.KeyOf(texts[i]), out var vector), $"no shipped vector for \"{texts[i]}\"; run with COE_REVIEW_UPDATE_GOLDEN=1");
            Assert.InRange(TensorPrimitives.CosineSimilarity(vector, computed[i]), 0.9999f, 1.0001f);
        }
    }

    [Fact]
    public void A_cache_answers_with_the_shipped_vectors_but_never_writes_them_to_its_file()
    {
        var (catalog, _) = ExpertSources.Load(null);
        var text = ExpertIndex.TextsOf(catalog)[0];
        var file = Path.Combine(Path.GetTempPath(), $"coe-shipped-{Guid.NewGuid():N}.bin");
        try
        {
            var cache = new EmbeddingCache(file, fixture.Model.ModelId);
            var embedder = new CachedEmbedder(fixture.Model, cache);

            embedder.Embed([text], CancellationToken.None);
            cache.Save();

            Assert.Equal((1, 0), (embedder.Hits, embedder.Misses));
            Assert.Equal(0, cache.Count);
            Assert.False(File.Exists(file));
            Assert.False(new EmbeddingCache(null, "another model").TryGet(text, out _));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private void Write(IReadOnlyCollection<KeyValuePair<UInt128, float[]>> entries)
    {
        using var stream = File.Create(Path.Combine(CoeReview.Testing.RepoRoot.Path, "src", "CoeReview.Routing", "Data", "expert-vectors.bin"));
        EmbeddingFile.Write(stream, fixture.Model.ModelId, entries, half: false);
    }
}
