using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace CoeReview.GitHub.Tests.Support;

/// <summary>A parsed action.yml or workflow file, with the few lookups the tests need.</summary>
public sealed partial class ActionFile
{
    private ActionFile(YamlMappingNode root)
    {
        Root = root;
    }

    public YamlMappingNode Root { get; }

    public static ActionFile Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return new ActionFile((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public static string? Scalar(YamlNode? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        }

        return (node as YamlScalarNode)?.Value;
    }

    public static YamlMappingNode? Map(YamlNode? node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    public static IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode? map) =>
        map?.Children.Select(kv => (((YamlScalarNode)kv.Key).Value!, kv.Value)) ?? [];

    public IReadOnlyList<YamlMappingNode> Steps =>
        ((YamlSequenceNode)Map(Root, "runs")!.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();

    /// <summary>The ${{ … }} expressions in a text.</summary>
    public static IEnumerable<string> Expressions(string text) => Expression().Matches(text).Select(m => m.Groups[1].Value.Trim());

    [GeneratedRegex(@"\$\{\{(.*?)\}\}")]
    public static partial Regex Expression();
}
