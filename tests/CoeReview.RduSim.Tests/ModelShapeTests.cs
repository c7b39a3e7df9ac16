using CoeReview.Prompting;
using CoeReview.RduSim.Models;

namespace CoeReview.RduSim.Tests;

public sealed class ModelShapeTests
{
    [Fact]
    public void Every_model_shape_has_its_token_factor_with_the_one_token_counter()
    {
        Assert.All(ModelCatalog.Names, name => Assert.NotSame(TokenCounter.Default, TokenCounter.For(name)));
    }

    [Theory]
    [InlineData("llama-2-7b", 6.74)]
    [InlineData("llama-3.1-8b", 8.03)]
    [InlineData("llama-3.1-70b", 70.6)]
    [InlineData("llama-2-70b", 69.0)]
    [InlineData("mistral-7b", 7.24)]
    [InlineData("llama-3.2-1b", 1.24)]
    [InlineData("llama-3.2-3b", 3.21)]
    public void Parameters_derived_from_the_architecture_match_the_model_card(string name, double billions)
    {
        Assert.InRange(ModelCatalog.Get(name).Parameters / 1e9, billions * 0.99, billions * 1.01);
    }

    [Fact]
    public void Llama_2_7B_weighs_the_papers_13_5_GB_and_keeps_512_KB_of_KV_per_token()
    {
        var shape = ModelCatalog.Get("llama-2-7b");

        Assert.InRange(shape.WeightBytes / 1e9, 13.4, 13.6);
        Assert.Equal(2 * 32 * 32 * 128 * 2, shape.KvBytesPerToken);
    }

    [Fact]
    public void Grouped_query_attention_shrinks_the_KV_cache_by_heads_over_kvHeads()
    {
        var mha = ModelCatalog.Get("llama-2-7b");
        var gqa = mha with { KvHeads = 8 };

        Assert.Equal(mha.KvBytesPerToken / 4, gqa.KvBytesPerToken);
    }

    [Fact]
    public void Unknown_model_names_the_known_ones()
    {
        var e = Assert.Throws<SimInputException>(() => ModelCatalog.Get("gpt-9"));

        Assert.Contains("llama-3.1-8b", e.Message, StringComparison.Ordinal);
    }
}
