using System.Globalization;
using CoeReview.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace CoeReview.Core.Config;

/// <summary>Reads <c>.coe-review.yml</c>, rejecting unknown keys with their line so typos do not pass silently.</summary>
public static class ConfigLoader
{
    public const string FileName = ".coe-review.yml";

    private static readonly string[] s_keys = ["backend", "filter", "failLevel", "experts", "expertsDir", "minConfidence", "exclude", "remote", "router", "simulation"];
    private static readonly string[] s_sections = ["remote", "router", "simulation"];

    public static ReviewConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"cannot read config '{path}': {e.Message}");
        }

        return Parse(text, path) with { Folder = Path.GetDirectoryName(Path.GetFullPath(path)) };
    }

    public static ReviewConfig Parse(string text, string name)
    {
        var (node, syntax) = YamlText.Load(text);
        if (syntax is not null)
        {
            throw new ConfigException($"{name}:{syntax.Line}: {syntax.Message}");
        }

        if (node is null or YamlScalarNode { Value: null or "" })
        {
            return ReviewConfig.Empty;
        }

        var root = node as YamlMappingNode ?? throw new ConfigException($"{name}:1: the config must be a YAML mapping");

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            var k = ((YamlScalarNode)key).Value ?? "";
            if (!s_keys.Contains(k, StringComparer.Ordinal))
            {
                throw new ConfigException($"{name}:{key.Start.Line}: unknown key '{k}' (allowed: {string.Join(", ", s_keys)})");
            }

            values[k] = value;
        }

        return new ReviewConfig
        {
            Backend = Scalar(values, "backend", name),
            Filter = Scalar(values, "filter", name),
            FailLevel = Scalar(values, "failLevel", name),
            Experts = values.ContainsKey("experts") ? List(values["experts"], "experts", name) : null,
            ExpertsDir = Scalar(values, "expertsDir", name),
            MinConfidence = Number(values, "minConfidence", name),
            Exclude = values.ContainsKey("exclude") ? List(values["exclude"], "exclude", name) : [],
            Sections = s_sections.Where(values.ContainsKey).ToDictionary(s => s, s => ToYaml(values[s]), StringComparer.Ordinal),
        };
    }

    private static string? Scalar(Dictionary<string, YamlNode> values, string key, string name)
    {
        if (!values.TryGetValue(key, out var node))
        {
            return null;
        }

        return node is YamlScalarNode s ? s.Value : throw new ConfigException($"{name}:{node.Start.Line}: '{key}' must be a single value");
    }

    private static double? Number(Dictionary<string, YamlNode> values, string key, string name)
    {
        var text = Scalar(values, key, name);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new ConfigException($"{name}:{values[key].Start.Line}: '{key}' must be a number");
    }

    private static List<string> List(YamlNode node, string key, string name) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(c => (c as YamlScalarNode)?.Value ?? throw new ConfigException($"{name}:{c.Start.Line}: items of '{key}' must be texts")).ToList(),
        YamlScalarNode s when s.Value is not null => s.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => throw new ConfigException($"{name}:{node.Start.Line}: '{key}' must be a list"),
    };

    private static string ToYaml(YamlNode node)
    {
        var doc = new YamlStream(new YamlDocument(node));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        doc.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>Deserializes a section's YAML into a type, for the section's owner.</summary>
    public static T? ReadSection<T>(string? yaml)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return null;
        }

        try
        {
            return new DeserializerBuilder().Build().Deserialize<T>(yaml);
        }
        catch (YamlException e)
        {
            throw new ConfigException($"config section: {e.Message.Split('\n')[0]} (line {e.Start.Line})");
        }
    }
}
