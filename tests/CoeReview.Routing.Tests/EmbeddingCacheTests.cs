using CoeReview.Routing.Embedding;

namespace CoeReview.Routing.Tests;

public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coe-cache-test-" + Guid.NewGuid().ToString("N"));

    private string CacheFile => Path.Combine(_folder, "coe-review", CacheLocation.FileName);

    [Fact]
    public void Vectors_are_reused_across_runs_at_the_precision_the_file_keeps_and_the_file_is_safe_to_delete()
    {
        // Given a first run that embeds two texts (one of them twice) and saves the cache
        var model = new CountingEmbedder();
        var first = new CachedEmbedder(model, new EmbeddingCache(CacheFile, model.ModelId));
        var vectors = first.Embed(["var a = 1;", "SqlCommand", "var a = 1;"], CancellationToken.None);
        first.Cache.Save();

        // When a second run reads the file, and a third runs after the file was deleted
        var second = new CachedEmbedder(model, new EmbeddingCache(CacheFile, model.ModelId));
        var again = second.Embed(["SqlCommand", "var a = 1;"], CancellationToken.None);
        File.Delete(CacheFile);
        var third = new CachedEmbedder(model, new EmbeddingCache(CacheFile, model.ModelId));
        third.Embed(["SqlCommand"], CancellationToken.None);

        // Then the model saw each text once until the file was gone, and the run that embedded a text has the
        // vector the next run reads from the file: the same scores, the same routing, cold or warm
        Assert.Equal(2, first.Misses);
        Assert.Equal((2, 0), (second.Hits, second.Misses));
        Assert.Equal(1, third.Misses);
        Assert.Equal(3, model.Calls);
        Assert.Equal(vectors[1], again[0]);
        Assert.Equal(vectors[0], again[1]);
    }

    [Fact]
    public void A_damaged_or_foreign_cache_file_is_treated_as_empty()
    {
        // Given a file of garbage and a cache written for another model
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
        File.WriteAllBytes(CacheFile, [1, 2, 3, 4, 5]);
        var damaged = new EmbeddingCache(CacheFile, "m1");
        var other = new EmbeddingCache(CacheFile + ".other", "m2");
        other.Put("x", [1f, 0f]);
        other.Save();

        // When they are read
        var foreign = new EmbeddingCache(CacheFile + ".other", "m1");

        // Then both are empty, and saving over the damaged file works
        Assert.Equal(0, damaged.Count);
        Assert.Equal(0, foreign.Count);
        damaged.Put("y", [0f, 1f]);
        damaged.Save();
        Assert.Equal(1, new EmbeddingCache(CacheFile, "m1").Count);
    }

    [Fact]
    public void The_cache_lives_under_xdg_cache_home_when_it_is_set()
    {
        Assert.Equal(Path.Combine("/x/cache", "coe-review", CacheLocation.FileName), CacheLocation.DefaultFile(n => n == "XDG_CACHE_HOME" ? "/x/cache" : null));
        Assert.EndsWith(Path.Combine("coe-review", CacheLocation.FileName), CacheLocation.DefaultFile(_ => null), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class CountingEmbedder : ITextEmbedder
    {
        public int Calls { get; private set; }

        public string ModelId => "counting";

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Calls += texts.Count;
            return texts.Select(t => new[] { t.Length / 10f, 1f / (1 + t.Length) }).ToArray();
        }

        public int CountTokens(string text) => text.Length;
    }
}
