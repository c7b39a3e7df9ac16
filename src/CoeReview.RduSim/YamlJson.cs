using System.Globalization;
using System.Text.Json.Nodes;
using CoeReview.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CoeReview.RduSim;

/// <summary>
/// YAML to JSON with YAML's own scalar typing: plain 42, 0.5, true and null become JSON numbers,
/// booleans and null; quoted scalars stay strings.
/// </summary>
internal static class YamlJson
{
    public static string Convert(string text, string what)
    {
        var (root, syntax) = YamlText.Load(text);
        if (syntax is not null)
        {
            throw new SimInputException($"{what}:{syntax.Line}: {syntax.Message}");
        }

        return root is null ? throw new SimInputException($"{what}: empty document") : Node(root)?.ToJsonString() ?? "null";
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", Node(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Node).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode s)
    {
        var v = s.Value ?? "";
        if (s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(v);
        }

        if (v is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (v is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (v is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? JsonValue.Create(d)
            : JsonValue.Create(v);
    }
}
