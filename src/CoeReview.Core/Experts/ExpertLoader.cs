using System.Text.RegularExpressions;
using CoeReview.Core.Findings;
using CoeReview.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Core.Experts;

/// <summary>Reads and validates experts/&lt;id&gt;.yml, reporting every problem with its line.</summary>
public static partial class ExpertLoader
{
    private static readonly string[] s_topKeys = ["id", "description", "routing", "analysis", "model", "severity"];
    private static readonly string[] s_routingKeys = ["languages", "paths", "exclude", "keywords", "examples", "always", "threshold"];
    private static readonly string[] s_analysisKeys = ["analyzers", "rules"];
    private static readonly string[] s_modelKeys = ["profile", "systemPrompt", "outputSchema", "temperature", "maxOutputTokens"];
    private static readonly string[] s_severityKeys = ["default", "overrides"];

    [GeneratedRegex("^[a-z][a-z0-9-]{0,39}$")]
    private static partial Regex IdPattern();

    /// <summary>Parses one file; the definition is null when any error was found.</summary>
    public static (ExpertDefinition? Expert, IReadOnlyList<ExpertFileError> Errors) Load(string fileName, string text) => Load(fileName, text, null);

    /// <summary>Parses one file and, given a vocabulary, checks that its analyzers, profile and rules exist.</summary>
    public static (ExpertDefinition? Expert, IReadOnlyList<ExpertFileError> Errors) Load(string fileName, string text, ExpertVocabulary? vocabulary)
    {
        var errors = new List<ExpertFileError>();
        var (node, syntax) = YamlText.Load(text);
        if (syntax is not null)
        {
            errors.Add(new ExpertFileError(fileName, syntax.Line, syntax.Message));
            return (null, errors);
        }

        var root = node as YamlMappingNode;
        if (root is null)
        {
            errors.Add(new ExpertFileError(fileName, 1, "the file must be a YAML mapping with at least id and description"));
            return (null, errors);
        }

        var reader = new YamlFields(fileName, errors);
        reader.CheckKeys(root, s_topKeys, "");
        var id = reader.String(root, "id", required: true) ?? "";
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            reader.Error(root, "id", $"id '{id}' must be lower-case letters, digits and '-', starting with a letter");
        }

        var stem = Path.GetFileNameWithoutExtension(fileName);
        if (id.Length > 0 && !string.Equals(stem, id, StringComparison.Ordinal))
        {
            reader.Error(root, "id", $"id '{id}' must match the file name '{stem}'");
        }

        var description = reader.String(root, "description", required: true) ?? "";
        var routing = ReadRouting(reader, reader.Mapping(root, "routing"));
        var analysisNode = reader.Mapping(root, "analysis");
        var modelNode = reader.Mapping(root, "model");
        var analysis = ReadAnalysis(reader, analysisNode);
        var model = ReadModel(reader, modelNode);
        if (vocabulary is not null)
        {
            CheckVocabulary(reader, analysisNode, modelNode, vocabulary);
        }

        var (defaultSeverity, overrides) = ReadSeverity(reader, reader.Mapping(root, "severity"));

        if (routing.Languages.Count == 0 && routing.Paths.Count == 0 && routing.Keywords.Count == 0 && routing.Examples.Count == 0 && !routing.Always)
        {
            errors.Add(new ExpertFileError(fileName, 1, "routing needs at least one signal: languages, paths, keywords, examples or always: true"));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new ExpertDefinition(id, description, routing, analysis, model, defaultSeverity, overrides, fileName), errors);
    }

    private static ExpertRouting ReadRouting(YamlFields r, YamlMappingNode? node)
    {
        if (node is null)
        {
            return new ExpertRouting([], [], [], [], [], false);
        }

        r.CheckKeys(node, s_routingKeys, "routing.");
        var languages = r.List(node, "languages");
        foreach (var lang in languages.Where(l => !LanguageMap.IsKnown(l)))
        {
            r.Error(node, "languages", $"unknown language '{lang}' (known: {string.Join(", ", LanguageMap.Known)})");
        }

        var threshold = r.Double(node, "threshold");
        if (threshold is < 0 or > 1)
        {
            r.Error(node, "threshold", $"threshold must be between 0 and 1, got {threshold}");
        }

        return new ExpertRouting(languages, r.List(node, "paths"), r.List(node, "exclude"), r.List(node, "keywords"), r.List(node, "examples"), r.Bool(node, "always") ?? false)
        {
            Threshold = threshold,
        };
    }

    private static ExpertAnalysis ReadAnalysis(YamlFields r, YamlMappingNode? node)
    {
        if (node is null)
        {
            return new ExpertAnalysis([], []);
        }

        r.CheckKeys(node, s_analysisKeys, "analysis.");
        return new ExpertAnalysis(r.List(node, "analyzers"), r.List(node, "rules"));
    }

    private static ExpertModel ReadModel(YamlFields r, YamlMappingNode? node)
    {
        const string DefaultPrompt = "You are a code reviewer. Reply with one JSON object {\"findings\": [...]} and nothing else.";
        if (node is null)
        {
            return new ExpertModel("llama-3.1-8b", DefaultPrompt, null, 0.1, 512);
        }

        r.CheckKeys(node, s_modelKeys, "model.");
        var temperature = r.Double(node, "temperature") ?? 0.1;
        if (temperature is < 0 or > 2)
        {
            r.Error(node, "temperature", "temperature must be between 0 and 2");
        }

        var maxTokens = (int)(r.Double(node, "maxOutputTokens") ?? 512);
        if (maxTokens is < 16 or > 32768)
        {
            r.Error(node, "maxOutputTokens", "maxOutputTokens must be between 16 and 32768");
        }

        return new ExpertModel(r.String(node, "profile") ?? "llama-3.1-8b", r.String(node, "systemPrompt") ?? DefaultPrompt,
            r.String(node, "outputSchema"), temperature, maxTokens);
    }

    private static (Severity Default, IReadOnlyDictionary<string, Severity> Overrides) ReadSeverity(YamlFields r, YamlMappingNode? node)
    {
        var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (node is null)
        {
            return (Severity.Warning, overrides);
        }

        r.CheckKeys(node, s_severityKeys, "severity.");
        var text = r.String(node, "default") ?? "warning";
        if (!SeverityNames.TryParse(text, out var severity))
        {
            r.Error(node, "default", $"severity '{text}' must be error, warning or note");
        }

        if (r.Mapping(node, "overrides") is { } map)
        {
            foreach (var (key, value) in map.Children)
            {
                var rule = ((YamlScalarNode)key).Value ?? "";
                if (value is YamlScalarNode s && SeverityNames.TryParse(s.Value, out var sev))
                {
                    overrides[rule] = sev;
                }
                else
                {
                    r.ErrorAt(value, $"severity of '{rule}' must be error, warning or note");
                }
            }
        }

        return (severity, overrides);
    }
}
