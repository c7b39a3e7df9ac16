using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Experts;

/// <summary>Checks that what an expert file names (analyzers, model profile, rules) exists in this tool.</summary>
public static partial class ExpertLoader
{
    private static void CheckVocabulary(YamlFields r, YamlMappingNode? analysis, YamlMappingNode? model, ExpertVocabulary vocabulary)
    {
        foreach (var (node, name) in Items(analysis, "analyzers").Where(i => !vocabulary.Analyzers.Contains(i.Value, StringComparer.Ordinal)))
        {
            r.ErrorAt(node, $"unknown analyzer '{name}' (known: {string.Join(", ", vocabulary.Analyzers)})");
        }

        foreach (var (node, glob) in Items(analysis, "rules").Where(i => !vocabulary.MatchesAnyRule(i.Value)))
        {
            r.ErrorAt(node, $"rule '{glob}' matches no rule this tool reports (our COE-* rules, the loaded NetAnalyzers CA* rules, compiler CS* ids)");
        }

        if (model is not null && model.Children.TryGetValue(new YamlScalarNode("profile"), out var profile)
            && profile is YamlScalarNode { Value: { Length: > 0 } p } && !vocabulary.Profiles.Contains(p, StringComparer.Ordinal))
        {
            r.ErrorAt(profile, $"unknown model profile '{p}' (known: {string.Join(", ", vocabulary.Profiles.Order(StringComparer.Ordinal))})");
        }
    }

    private static IEnumerable<(YamlNode Node, string Value)> Items(YamlMappingNode? node, string key) =>
        node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var list) && list is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Where(s => !string.IsNullOrEmpty(s.Value)).Select(s => ((YamlNode)s, s.Value!))
            : [];
}
