using CoeReview.Core.Config;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Tests;

public sealed class ConfigLoaderTests
{
    [Fact]
    public void Config_reads_values_and_keeps_owned_sections_as_nodes_with_the_files_lines()
    {
        var config = ConfigLoader.Parse("backend: remote\nfilter: file\nexperts: [security, syntax]\nexclude: ['**/Generated/**']\nremote:\n  endpoint: http://127.0.0.1:1/v1\n", "c.yml");

        Assert.Equal("remote", config.Backend);
        Assert.Equal(["security", "syntax"], config.Experts);
        var remote = Assert.IsType<YamlMappingNode>(config.SectionNode("remote")?.Node);
        Assert.Equal("http://127.0.0.1:1/v1", new ConfigReader("c.yml").Text(ConfigReader.Child(remote, "endpoint"), "remote.endpoint"));
        Assert.Equal(6, ConfigReader.Child(remote, "endpoint")!.Start.Line);
    }

    [Fact]
    public void Config_rejects_an_unknown_key_naming_its_line()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("backend: rdu-sim\nfial-level: error\n", ".coe-review.yml"));

        Assert.StartsWith(".coe-review.yml:2: unknown key 'fial-level'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_config_file_is_the_empty_config()
    {
        Assert.Same(ReviewConfig.Empty, ConfigLoader.Parse("", "c.yml"));
    }
}
