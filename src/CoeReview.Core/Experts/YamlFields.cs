using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Experts;

/// <summary>Typed reads of a YAML mapping that record a located error instead of throwing.</summary>
internal sealed class YamlFields(string file, List<ExpertFileError> errors)
{
    public void Error(YamlMappingNode node, string key, string message)
    {
        var at = Find(node, key)?.Start.Line ?? node.Start.Line;
        errors.Add(new ExpertFileError(file, (int)at, message));
    }

    public void ErrorAt(YamlNode node, string message) => errors.Add(new ExpertFileError(file, (int)node.Start.Line, message));

    public void CheckKeys(YamlMappingNode node, string[] allowed, string prefix)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                ErrorAt(key, $"unknown key '{prefix}{name}' (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    public string? String(YamlMappingNode node, string key, bool required = false)
    {
        var value = Find(node, key);
        if (value is null)
        {
            if (required)
            {
                errors.Add(new ExpertFileError(file, (int)node.Start.Line, $"'{key}' is required"));
            }

            return null;
        }

        if (value is not YamlScalarNode s || string.IsNullOrWhiteSpace(s.Value))
        {
            ErrorAt(value, $"'{key}' must be a non-empty text");
            return null;
        }

        return s.Value;
    }

    public IReadOnlyList<string> List(YamlMappingNode node, string key)
    {
        switch (Find(node, key))
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                var items = new List<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } v })
                    {
                        items.Add(v);
                    }
                    else
                    {
                        ErrorAt(item, $"every item of '{key}' must be a non-empty text");
                    }
                }

                return items;
            case var other:
                ErrorAt(other, $"'{key}' must be a list");
                return [];
        }
    }

    public bool? Bool(YamlMappingNode node, string key)
    {
        var value = Find(node, key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode s && bool.TryParse(s.Value, out var b))
        {
            return b;
        }

        ErrorAt(value, $"'{key}' must be true or false");
        return null;
    }

    public double? Double(YamlMappingNode node, string key)
    {
        var value = Find(node, key);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        ErrorAt(value, $"'{key}' must be a number");
        return null;
    }

    public YamlMappingNode? Mapping(YamlMappingNode node, string key)
    {
        var value = Find(node, key);
        if (value is null or YamlMappingNode)
        {
            return value as YamlMappingNode;
        }

        ErrorAt(value, $"'{key}' must be a mapping");
        return null;
    }

    private static YamlNode? Find(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
}
