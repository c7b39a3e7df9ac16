using System.Globalization;
using CoeReview.Core.Config;
using CoeReview.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Remote.Config;

/// <summary>
/// Reads the <c>remote:</c> section of <c>.coe-review.yml</c>, with COE_REVIEW_ENDPOINT and
/// COE_REVIEW_MODEL as defaults for every expert. The environment is a delegate so tests never
/// touch the process environment.
/// </summary>
public static class RemoteOptionsParser
{
    private static readonly string[] s_endpointKeys =
        ["endpoint", "model", "apiKeyEnv", "temperature", "maxOutputTokens", "concurrency", "timeoutSeconds", "stream", "responseFormat", "maxTokensField", "priority"];

    private static readonly string[] s_runKeys =
        ["requestTokenBudget", "runTokenBudget", "maxHunksPerRequest", "minConfidence", "maxRetries", "retryDelaySeconds", "breakSeconds", "experts"];

    /// <summary>Options from a whole config file's text (null or empty when there is no file) and the environment.</summary>
    public static RemoteOptions Parse(string? configYaml, Func<string, string?> environment) =>
        FromNode(RemoteSection(Root(configYaml)), environment);

    /// <summary>
    /// Options from the <c>remote:</c> section's own YAML (what Core's ReviewConfig.Section("remote")
    /// holds; null without one) and the environment. Line numbers in errors count from the section.
    /// </summary>
    public static RemoteOptions ParseSection(string? remoteSectionYaml, Func<string, string?> environment) =>
        FromNode(Root(remoteSectionYaml) switch
        {
            null => null,
            YamlMappingNode m => m,
            YamlScalarNode { Value: null or "" or "~" } => null,
            var other => throw Error(other, "remote must be a mapping"),
        }, environment);

    /// <summary>
    /// Options from the <c>remote:</c> section as parsed from the config file (null without one):
    /// errors name the file and its line.
    /// </summary>
    public static RemoteOptions ParseSection(ConfigSection? section, Func<string, string?> environment)
    {
        try
        {
            return FromNode(section?.Node switch
            {
                null => null,
                YamlMappingNode m => m,
                YamlScalarNode { Value: null or "" or "~" } => null,
                var other => throw Error(other, "remote must be a mapping"),
            }, environment);
        }
        catch (RemoteConfigException e) when (e.Line is { } line && section is not null)
        {
            throw new RemoteConfigException($"{section.File}:{line}: {e.Detail}", e);
        }
    }

    private static RemoteOptions FromNode(YamlMappingNode? remote, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var fromEnv = new RemoteExpertOptions
        {
            Endpoint = NonEmpty(environment(RemoteOptions.EndpointVariable)),
            Model = NonEmpty(environment(RemoteOptions.ModelVariable)),
        };
        if (remote is null)
        {
            return new RemoteOptions { Defaults = fromEnv };
        }

        CheckKeys(remote, "remote", [.. s_endpointKeys, .. s_runKeys]);
        var defaults = new RemoteOptions();
        var experts = new Dictionary<string, RemoteExpertOptions>(StringComparer.Ordinal);
        if (Child(remote, "experts") is { } expertsNode)
        {
            if (expertsNode is not YamlMappingNode map)
            {
                throw Error(expertsNode, "remote.experts must be a mapping of expert id to settings");
            }

            foreach (var (key, value) in map.Children)
            {
                var id = ((YamlScalarNode)key).Value ?? "";
                if (value is not YamlMappingNode expertMap)
                {
                    throw Error(value, $"remote.experts.{id} must be a mapping");
                }

                CheckKeys(expertMap, $"remote.experts.{id}", s_endpointKeys);
                experts[id] = EndpointSettings(expertMap, $"remote.experts.{id}");
            }
        }

        return new RemoteOptions
        {
            Defaults = EndpointSettings(remote, "remote").Over(fromEnv),
            Experts = experts,
            RequestTokenBudget = Int(remote, "requestTokenBudget", "remote", min: 256) ?? defaults.RequestTokenBudget,
            RunTokenBudget = Int(remote, "runTokenBudget", "remote", min: 0) ?? defaults.RunTokenBudget,
            MaxHunksPerRequest = Int(remote, "maxHunksPerRequest", "remote", min: 1) ?? defaults.MaxHunksPerRequest,
            MinConfidence = Double(remote, "minConfidence", "remote", 0, 1) ?? defaults.MinConfidence,
            MaxRetries = Int(remote, "maxRetries", "remote", min: 0) ?? defaults.MaxRetries,
            RetryBaseDelay = Seconds(remote, "retryDelaySeconds") ?? defaults.RetryBaseDelay,
            BreakDuration = Seconds(remote, "breakSeconds") ?? defaults.BreakDuration,
        };
    }

    private static YamlNode? Root(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (root, syntax) = YamlText.Load(text);
        return syntax is null ? root : throw new RemoteConfigException($"config: not valid YAML at line {syntax.Line}: {syntax.Message}");
    }

    private static YamlMappingNode? RemoteSection(YamlNode? root)
    {
        if (root is not YamlMappingNode map)
        {
            return null;
        }

        return Child(map, "remote") switch
        {
            null => null,
            YamlMappingNode m => m,
            YamlScalarNode { Value: null or "" or "~" } => null,
            var other => throw Error(other, "remote must be a mapping"),
        };
    }

    private static RemoteExpertOptions EndpointSettings(YamlMappingNode node, string where) => new()
    {
        Endpoint = Scalar(node, "endpoint"),
        Model = Scalar(node, "model"),
        ApiKeyEnv = EnvName(node, where),
        Temperature = Double(node, "temperature", where, 0, 2),
        MaxOutputTokens = Int(node, "maxOutputTokens", where, min: 1),
        Concurrency = Int(node, "concurrency", where, min: 1),
        TimeoutSeconds = Double(node, "timeoutSeconds", where, 1, 3600),
        Stream = Bool(node, "stream", where),
        ResponseFormat = Scalar(node, "responseFormat"),
        MaxTokensField = Scalar(node, "maxTokensField"),
        Priority = Int(node, "priority", where, min: int.MinValue),
    };

    private static string? EnvName(YamlMappingNode node, string where)
    {
        var name = Scalar(node, "apiKeyEnv");
        if (name is not null && !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            // Never echo the value: someone may have pasted the key itself here.
            throw Error(Child(node, "apiKeyEnv")!, $"{where}.apiKeyEnv must be the NAME of an environment variable that holds the key, not the key");
        }

        return name;
    }

    private static void CheckKeys(YamlMappingNode node, string where, string[] allowed)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is "apiKey" or "key" or "api_key")
            {
                throw Error(key, $"{where}.{key.Value}: keys do not belong in the config file; put the key in an environment variable and name it with apiKeyEnv");
            }

            if (!allowed.Contains(key.Value, StringComparer.Ordinal))
            {
                throw Error(key, $"unknown setting {where}.{key.Value} (known: {string.Join(", ", allowed)})");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode node, string key) => Child(node, key) switch
    {
        null => null,
        YamlScalarNode s => NonEmpty(s.Value),
        var other => throw Error(other, $"{key} must be a single value"),
    };

    private static int? Int(YamlMappingNode node, string key, string where, int min)
    {
        var text = Scalar(node, key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw Error(Child(node, key)!, $"{where}.{key} must be a whole number ≥ {min}");
    }

    private static double? Double(YamlMappingNode node, string key, string where, double min, double max)
    {
        var text = Scalar(node, key);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= min && d <= max
            ? d
            : throw Error(Child(node, key)!, $"{where}.{key} must be a number from {min} to {max}");
    }

    private static bool? Bool(YamlMappingNode node, string key, string where) => Scalar(node, key) switch
    {
        null => null,
        "true" or "True" or "yes" => true,
        "false" or "False" or "no" => false,
        _ => throw Error(Child(node, key)!, $"{where}.{key} must be true or false"),
    };

    private static TimeSpan? Seconds(YamlMappingNode node, string key) =>
        Double(node, key, "remote", 0, 3600) is { } s ? TimeSpan.FromSeconds(s) : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static RemoteConfigException Error(YamlNode node, string message) => new(node.Start.Line, message);
}
