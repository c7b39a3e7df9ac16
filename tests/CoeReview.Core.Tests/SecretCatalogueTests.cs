using CoeReview.Core.Secrets;

namespace CoeReview.Core.Tests;

public sealed class SecretCatalogueTests
{
    [Theory]
    [InlineData("AKIAG19ZXEIWDOG1FDAP", "an AWS access key id")]
    [InlineData("ghp_MyIbPUf9mYQqw8x3SyRthqpvxxGKZWGlby02", "a GitHub token")]
    [InlineData("gho_BcHboRBcynXMgWJoleSrcBrFwMOUdGDxnvsD", "a GitHub token")]
    [InlineData("ghs_ES92Ep9kD7JxlmXVo6Ma8r6XZvlpYaGcpNhx", "a GitHub token")]
    [InlineData("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", "a GitHub token")]
    [InlineData("xoxp-662234148054-2430840023234-7mlXtI3bM6gxRFImCgHaPiZz", "a Slack token")]
    [InlineData("sk_live_GFOsDwO1y2A5HbT2rb7jFW2x", "a Stripe live key")]
    [InlineData("AIzabhRRKN79U9PV28bLoL7ZEOnDWvBPI1uZpzf", "a Google API key")]
    [InlineData("AccountKey=Ha7peqcxcgO4u49n3ZdwS6pT7cd/6+sZdNDK4Ro2n7MIpP+4nVdF9HNEgP0X27qS0ZDHpEtAhBDB09mGrdDC/A==", "an Azure storage account key")]
    [InlineData("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", "a SendGrid API key")]
    [InlineData("npm_IGjb7u4YQ1rOhoYHGEFOwqR8C5VkCsN3crv8", "an npm token")]
    [InlineData("-----BEGIN EC PRIVATE KEY-----", "a private key")]
    public void Known_tokens_are_named_by_their_shape(string text, string description)
    {
        Assert.Equal(description, SecretCatalogue.KnownToken($"value = {text};")?.Description);
    }

    [Theory]
    [InlineData("ghp_MyIbPUf9mYQqw8x3SyRthqpvxxGKZWGlby0")]
    [InlineData("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz")]
    [InlineData("AIDAJQABLZS4A3QDU576")]
    [InlineData("pk_live_GFOsDwO1y2A5HbT2rb7jFW2x")]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    public void Wrong_lengths_ids_publishable_keys_and_documentation_examples_are_not_known_tokens(string text)
    {
        Assert.Null(SecretCatalogue.KnownToken(text));
    }

    [Theory]
    [InlineData("password", true)]
    [InlineData("apiKey", true)]
    [InlineData("ResetToken", true)]
    [InlineData("client_secret", true)]
    [InlineData("Pw", true)]
    [InlineData("cacheKey", false)]
    [InlineData("tokenCount", false)]
    [InlineData("passwordPolicy", false)]
    public void Names_are_read_word_by_word(string name, bool secret)
    {
        Assert.Equal(secret, SecretCatalogue.IsSecretName(name));
    }

    [Theory]
    [InlineData("q8F!x2Lr9#Vt7mZp", true)]
    [InlineData("summer2024", true)]
    [InlineData("changeme", false)]
    [InlineData("Auth:Password", false)]
    [InlineData("3f2504e0-4f89-11d3-9a0c-0305e82c3301", false)]
    [InlineData("aaaaaaaa11", false)]
    [InlineData("${DB_PASSWORD}", false)]
    public void Values_look_like_secrets_by_entropy_and_variety(string value, bool secret)
    {
        Assert.Equal(secret, SecretCatalogue.LooksLikeSecretValue(value));
    }

    [Fact]
    public void The_entropy_threshold_sits_below_a_short_real_password()
    {
        // "summer2024" carries 2.92 bits per character: a real password, so the one threshold must let it through.
        Assert.InRange(SecretCatalogue.Entropy("summer2024"), SecretCatalogue.EntropyThreshold, 3.0);
    }

    [Theory]
    [InlineData("Server=db;Password=Hunter2!x;", true)]
    [InlineData("postgres://admin:s3cr3tPa55@db.internal/shop", true)]
    [InlineData("PASSWORD=hunter22", true)]
    [InlineData("Server={0};Password={2};", false)]
    [InlineData("https://{user}:{password}@host/", false)]
    [InlineData("password = GetFromVault()", false)]
    public void Connection_strings_and_urls_carry_passwords_only_when_the_value_is_literal(string text, bool found)
    {
        Assert.Equal(found, SecretCatalogue.HasConnectionStringPassword(text));
    }
}
