using CoeReview.Core.Pipeline;
using CoeReview.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Config;

/// <summary>
/// Parses <c>.coe-review.yml</c>'s text, rejecting unknown keys with their line so typos do not pass
/// silently. Reading the file is the caller's (the CLI's ConfigFiles): Core does no I/O.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = ".coe-review.yml";

    private static readonly string[] s_keys = ["backend", "filter", "failLevel", "experts", "expertsDir", "minConfidence", "exclude", "remote", "router", "simulation"];
    private static readonly string[] s_sections = ["remote", "router", "simulation"];

    /// <summary>The config in <paramref name="text"/>; <paramref name="name"/> is the file as errors name it.</summary>
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

        var reader = new ConfigReader(name);
        reader.CheckKeys(root, "", s_keys);
        var values = root.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => kv.Value, StringComparer.Ordinal);
        YamlNode? At(string key) => values.GetValueOrDefault(key);
        return new ReviewConfig
        {
            FileName = name,
            Backend = reader.Text(At("backend"), "backend"),
            Filter = reader.OneOf(At("filter"), "filter", FilterModes.Names),
            FailLevel = reader.OneOf(At("failLevel"), "failLevel", FailLevels),
            Experts = reader.Texts(At("experts"), "experts"),
            ExpertsDir = reader.Text(At("expertsDir"), "expertsDir"),
            MinConfidence = reader.Number(At("minConfidence"), "minConfidence", 0, 1),
            Exclude = reader.Texts(At("exclude"), "exclude") ?? [],
            SectionNodes = s_sections.Where(values.ContainsKey).ToDictionary(s => s, s => new ConfigSection(name, values[s]), StringComparer.Ordinal),
            Lines = root.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value ?? "", kv => (int)kv.Value.Start.Line, StringComparer.Ordinal),
        };
    }

    /// <summary>The values failLevel takes, in the file and on the command line.</summary>
    public static IReadOnlyList<string> FailLevels { get; } = ["none", "note", "warning", "error"];
}
