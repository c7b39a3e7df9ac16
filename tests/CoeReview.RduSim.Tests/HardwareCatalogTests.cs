using CoeReview.RduSim.Hardware;

namespace CoeReview.RduSim.Tests;

public sealed class HardwareCatalogTests
{
    [Theory]
    [InlineData("sn40l-node", 8)]
    [InlineData("sn40l-16", 16)]
    [InlineData("dgx-h100", 8)]
    [InlineData("dgx-a100", 8)]
    [InlineData("h100-sxm", 1)]
    public void The_contracts_profiles_ship_with_the_tool(string name, int devices)
    {
        Assert.Equal(devices, HardwareCatalog.Get(name).DeviceCount);
    }

    [Fact]
    public void Every_shipped_parameter_cites_its_source()
    {
        foreach (var name in HardwareCatalog.Names)
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(HardwareCatalog.ToJson(HardwareCatalog.Get(name)))!;
            foreach (var param in Params(json))
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)param["source"]), $"{name}: a parameter has no source");
                Assert.NotEqual("user file", (string?)param["source"]);
            }
        }
    }

    [Fact]
    public void A_shown_profile_is_accepted_back_unchanged()
    {
        var original = HardwareCatalog.Get("sn40l-node");

        var back = HardwareCatalog.Parse(HardwareCatalog.ToJson(original), "round trip");

        Assert.Equal(HardwareCatalog.ToJson(original), HardwareCatalog.ToJson(back));
    }

    [Fact]
    public void An_edited_profile_may_give_bare_numbers()
    {
        var json = HardwareCatalog.ToJson(HardwareCatalog.Get("dgx-h100")).Replace(
            "\"linkGBps\": {\n      \"value\": 64,", "\"linkGBps\": 32, \"x\": {\n      \"value\": 64,", StringComparison.Ordinal);

        var edited = HardwareCatalog.Parse(json, "edited");

        Assert.Equal(32, edited.Switching.LinkGBps.Value);
    }

    [Theory]
    [InlineData("\"bandwidthEfficiency\": {\n      \"value\": 0.5,", "\"bandwidthEfficiency\": {\n      \"value\": 1.5,", "bandwidthEfficiency")]
    [InlineData("\"kind\": \"gpu\"", "\"kind\": \"tpu\"", "kind")]
    public void A_profile_with_impossible_numbers_is_rejected_by_field(string from, string to, string field)
    {
        var json = HardwareCatalog.ToJson(HardwareCatalog.Get("dgx-h100")).Replace(from, to, StringComparison.Ordinal);

        var e = Assert.Throws<SimInputException>(() => HardwareCatalog.Parse(json, "bad.json"));
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_hardware_lists_the_known_profiles()
    {
        var e = Assert.Throws<SimInputException>(() => HardwareCatalog.Resolve("tpu-v5"));

        Assert.Contains("sn40l-node", e.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Params(System.Text.Json.Nodes.JsonNode node)
    {
        if (node is System.Text.Json.Nodes.JsonObject o)
        {
            if (o.ContainsKey("value"))
            {
                yield return o;
                yield break;
            }

            foreach (var child in o.Select(kv => kv.Value).OfType<System.Text.Json.Nodes.JsonNode>())
            {
                foreach (var p in Params(child))
                {
                    yield return p;
                }
            }
        }
    }
}
