using CoeReview.Core.Config;

namespace CoeReview.Routing.Tests;

public sealed class RouterSectionTests
{
    [Fact]
    public void The_router_section_tunes_k_threshold_fallback_and_cache()
    {
        // Given a config with a router section
        var config = ConfigLoader.Parse("router:\n  kind: embedding\n  k: 7\n  threshold: 0.6\n  fallback: [syntax, security]\n  cache: off\n", ".coe-review.yml");

        // When it is read
        var section = RouterSection.FromSection(config.SectionNode("router"));
        var options = section.ToOptions("/default/cache.bin");

        // Then the options follow it
        Assert.Equal(RouterSection.Embedding, section.Kind);
        Assert.Equal((7, 0.6, null), (options.K, options.Threshold, options.CacheFile));
        Assert.Equal(["syntax", "security"], options.Fallback);
    }

    [Fact]
    public void A_bare_kind_is_accepted_and_defaults_keep_the_user_cache()
    {
        var section = RouterSection.FromSection(ConfigLoader.Parse("router: rules\n", "c.yml").SectionNode("router"));

        Assert.Equal(RouterSection.Rules, section.Kind);
        Assert.Equal("/default/cache.bin", RouterSection.FromSection(null).ToOptions("/default/cache.bin").CacheFile);
    }

    [Theory]
    [InlineData("router:\n  kind: magic\n")]
    [InlineData("router:\n  k: 0\n")]
    [InlineData("router:\n  treshold: 0.5\n")]
    public void A_wrong_router_section_is_a_config_error(string yaml)
    {
        Assert.Throws<ConfigException>(() => RouterSection.FromSection(ConfigLoader.Parse(yaml, "c.yml").SectionNode("router")));
    }
}
