using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Config;

/// <summary>
/// The one typed reader of config nodes, for Core's top-level keys and for every section's owner
/// (router, simulation, remote). Every failure is a <see cref="ConfigException"/> that names the
/// file, the line, the key and what the key takes (worded as <see cref="ConfigWording"/> says),
/// so a user can fix the file without guessing.
/// </summary>
public sealed class ConfigReader(string file, ConfigWording wording = ConfigWording.Expected)
{
    public string File => file;

    /// <summary>An error at a node, located as every config error is: <c>file:line: detail</c>.</summary>
    public ConfigException Fail(YamlNode node, string detail)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ConfigException($"{file}:{node.Start.Line}: {detail}");
    }

    /// <summary>An error at a node: its key (the dotted path), what the key takes and what it has.</summary>
    public ConfigException Expected(YamlNode node, string key, string expected)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (wording == ConfigWording.MustBe)
        {
            return Fail(node, $"{key} must be {expected}");
        }

        var got = node switch
        {
            YamlScalarNode { Value: null or "" } => "nothing",
            YamlScalarNode s => $"'{s.Value}'",
            YamlSequenceNode => "a list",
            _ => "a mapping",
        };
        return Fail(node, $"{key}: expected {expected}, got {got}");
    }

    public void CheckKeys(YamlMappingNode map, string prefix, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(map);
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw Fail(key, wording == ConfigWording.MustBe
                    ? $"unknown setting {prefix}{name} (known: {string.Join(", ", allowed)})"
                    : $"unknown key '{prefix}{name}' (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    public static YamlNode? Child(YamlMappingNode map, string key)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    /// <summary>True for an absent node or one with no value (<c>key:</c> or <c>key: ~</c>).</summary>
    public static bool IsBlank(YamlNode? node) => node is null or YamlScalarNode { Value: null or "" or "~" };

    /// <summary>A mapping, or null when the node is absent or blank; anything else is an error saying what the key takes.</summary>
    public YamlMappingNode? Mapping(YamlNode? node, string key, string expected) => node switch
    {
        _ when IsBlank(node) => null,
        YamlMappingNode map => map,
        _ => throw Expected(node!, key, expected),
    };

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

    /// <summary>A number within the bounds given (inclusive), or null when the key is absent.</summary>
    public double? Number(YamlNode? node, string key, double? min = null, double? max = null)
    {
        if (node is null)
        {
            return null;
        }

        var range = (min, max) switch
        {
            (null, null) => "a number",
            ({ } lo, null) => $"a number ≥ {Invariant(lo)}",
            (null, { } hi) => $"a number ≤ {Invariant(hi)}",
            ({ } lo, { } hi) => $"a number from {Invariant(lo)} to {Invariant(hi)}",
        };
        return node is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && d >= (min ?? double.MinValue) && d <= (max ?? double.MaxValue)
            ? d
            : throw Expected(node, key, range);
    }

    /// <summary>A whole number, at least <paramref name="min"/> when given, or null when the key is absent.</summary>
    public int? Integer(YamlNode? node, string key, int? min = null)
    {
        if (node is null)
        {
            return null;
        }

        return node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= (min ?? int.MinValue)
            ? n
            : throw Expected(node, key, min is { } lo ? $"a whole number ≥ {Invariant(lo)}" : "a whole number");
    }

    /// <summary>true/True/yes or false/False/no, or null when the key is absent.</summary>
    public bool? Bool(YamlNode? node, string key) => node switch
    {
        null => null,
        YamlScalarNode { Value: "true" or "True" or "yes" } => true,
        YamlScalarNode { Value: "false" or "False" or "no" } => false,
        _ => throw Expected(node, key, "true or false"),
    };

    /// <summary>A list of texts; a single value or a comma-separated text is accepted as a list too.</summary>
    public List<string>? Texts(YamlNode? node, string key) => node switch
    {
        null => null,
        YamlSequenceNode seq => seq.Children.Select(c => c is YamlScalarNode { Value: { Length: > 0 } v } ? v : throw Expected(c, key, "a list of texts")).ToList(),
        YamlScalarNode { Value: { Length: > 0 } v } => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => throw Expected(node, key, "a list"),
    };

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
