using CoeReview.Core.Config;
using CoeReview.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Tests;

public sealed class ConfigReaderTests
{
    private static readonly YamlMappingNode s_map = (YamlMappingNode)YamlText.Load("k: 0\nflag: maybe\nlist: [a, b]\n").Root!;

    [Fact]
    public void Errors_name_the_file_line_key_what_it_takes_and_what_it_has()
    {
        // Given the default wording
        var reader = new ConfigReader("c.yml");

        // When values of the wrong kind are read
        var integer = Assert.Throws<ConfigException>(() => reader.Integer(ConfigReader.Child(s_map, "k"), "router.k", min: 1));
        var flag = Assert.Throws<ConfigException>(() => reader.Bool(ConfigReader.Child(s_map, "flag"), "x.flag"));
        var text = Assert.Throws<ConfigException>(() => reader.Text(ConfigReader.Child(s_map, "list"), "x.list"));
        var key = Assert.Throws<ConfigException>(() => reader.CheckKeys(s_map, "x.", ["k", "list"]));

        // Then each names where and what
        Assert.Equal("c.yml:1: router.k: expected a whole number ≥ 1, got '0'", integer.Message);
        Assert.Equal("c.yml:2: x.flag: expected true or false, got 'maybe'", flag.Message);
        Assert.Equal("c.yml:3: x.list: expected a single value, got a list", text.Message);
        Assert.Equal("c.yml:2: unknown key 'x.flag' (allowed: k, list)", key.Message);
    }

    [Fact]
    public void The_must_be_wording_keeps_the_same_location_and_what_the_key_takes()
    {
        // Given the remote section's wording
        var reader = new ConfigReader("c.yml", ConfigWording.MustBe);

        // When the same values are read
        var integer = Assert.Throws<ConfigException>(() => reader.Integer(ConfigReader.Child(s_map, "k"), "remote.k", min: 1));
        var key = Assert.Throws<ConfigException>(() => reader.CheckKeys(s_map, "remote.", ["k", "list"]));

        // Then only the sentence differs
        Assert.Equal("c.yml:1: remote.k must be a whole number ≥ 1", integer.Message);
        Assert.Equal("c.yml:2: unknown setting remote.flag (known: k, list)", key.Message);
    }

    [Fact]
    public void A_blank_section_is_no_mapping_and_a_list_is_an_error()
    {
        var reader = new ConfigReader("c.yml");
        var blank = YamlText.Load("s:\n").Root as YamlMappingNode;

        Assert.Null(reader.Mapping(ConfigReader.Child(blank!, "s"), "s", "a mapping"));
        var e = Assert.Throws<ConfigException>(() => reader.Mapping(ConfigReader.Child(s_map, "list"), "list", "a mapping of a, b"));
        Assert.Equal("c.yml:3: list: expected a mapping of a, b, got a list", e.Message);
    }
}
