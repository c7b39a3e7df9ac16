using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Config;

/// <summary>
/// Typed reads of config nodes. Every failure is a <see cref="ConfigException"/> worded
/// <c>file:line: key: expected what, got 'value'</c>, so a user can fix the file without guessing.
/// </summary>
public sealed class ConfigReader(string file)
{
    public string File => file;

    /// <summary>An error at a node: its key (the dotted path), what the key takes and what it has.</summary>
    public ConfigException Expected(YamlNode node, string key, string expected)
    {
        ArgumentNullException.ThrowIfNull(node);
        var got = node switch
        {
            YamlScalarNode { Value: null or "" } => "nothing",
            YamlScalarNode s => $"'{s.Value}'",
            YamlSequenceNode => "a list",
            _ => "a mapping",
        };
        return new ConfigException($"{file}:{node.Start.Line}: {key}: expected {expected}, got {got}");
    }

    public void CheckKeys(YamlMappingNode map, string prefix, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(map);
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw new ConfigException($"{file}:{key.Start.Line}: unknown key '{prefix}{name}' (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    public static YamlNode? Child(YamlMappingNode map, string key)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    /// <summary>A single text value, or null when the key is absent.</summary>
    public string? Text(YamlNode? node, string key) => node switch
    {
        null => null,
        YamlScalarNode { Value: { Length: > 0 } v } => v,
        _ => throw Expected(node, key, "a single value"),
    };

    /// <summary>One of <paramref name="allowed"/>, or null when the key is absent.</summary>
    public string? OneOf(YamlNode? node, string key, IReadOnlyList<string> allowed)
    {
        if (node is null)
        {
            return null;
        }

        return node is YamlScalarNode { Value: { } v } && allowed.Contains(v, StringComparer.Ordinal)
            ? v
            : throw Expected(node, key, "one of " + string.Join(", ", allowed));
    }

    public double? Number(YamlNode? node, string key, double min = double.MinValue, double max = double.MaxValue)
    {
        if (node is null)
        {
            return null;
        }

        var range = min == double.MinValue ? "a number" : max == double.MaxValue ? $"a number ≥ {min.ToString(CultureInfo.InvariantCulture)}"
            : $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
        return node is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= min && d <= max
            ? d
            : throw Expected(node, key, range);
    }

    public int? Integer(YamlNode? node, string key, int min = int.MinValue)
    {
        if (node is null)
        {
            return null;
        }

        return node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw Expected(node, key, min == int.MinValue ? "a whole number" : $"a whole number ≥ {min}");
    }

    /// <summary>A list of texts; a single value or a comma-separated text is accepted as a list too.</summary>
    public List<string>? Texts(YamlNode? node, string key) => node switch
    {
        null => null,
        YamlSequenceNode seq => seq.Children.Select(c => c is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw Expected(c, key, "a list of texts")).ToList(),
        YamlScalarNode { Value: { Length: > 0 } v } => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => throw Expected(node, key, "a list"),
    };
}
