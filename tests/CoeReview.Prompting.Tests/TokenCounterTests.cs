namespace CoeReview.Prompting.Tests;

public sealed class TokenCounterTests
{
    private const string Code = "public int Count(string text) => text.Split(' ').Length;\n";

    [Fact]
    public void A_profile_counts_cl100k_tokens_times_its_factor_from_the_data()
    {
        // Given a Llama 3 profile (the margin) and a Llama 2 one (a 32k vocabulary)
        var llama3 = TokenCounter.For("llama-3.1-8b");
        var llama2 = TokenCounter.For("LLAMA-2-7B");

        // Then each counts cl100k_base times its own factor, rounded up
        Assert.Equal(1.1, llama3.Factor);
        Assert.Equal(1.2, llama2.Factor);
        Assert.Equal((int)Math.Ceiling(TokenCounter.CountCl100k(Code) * 1.2), llama2.Count(Code));
    }

    [Fact]
    public void An_unknown_or_missing_profile_counts_with_the_llama_3_margin()
    {
        Assert.Same(TokenCounter.Default, TokenCounter.For("gpt-9"));
        Assert.Same(TokenCounter.Default, TokenCounter.For(null));
        Assert.Equal(TokenCounter.DefaultFactor, TokenCounter.Default.Factor);
        Assert.Equal(1.1, TokenCounter.DefaultFactor);
    }

    [Fact]
    public void Empty_text_costs_nothing()
    {
        Assert.Equal(0, TokenCounter.Default.Count(""));
    }

    [Fact]
    public void Every_built_in_experts_profile_has_a_factor_in_the_data()
    {
        foreach (var expert in Core.Experts.ExpertSources.Load(null).Catalog.Experts)
        {
            Assert.NotSame(TokenCounter.Default, TokenCounter.For(expert.Model.Profile));
        }
    }
}
