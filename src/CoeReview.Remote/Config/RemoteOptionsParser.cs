using CoeReview.Core.Config;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Remote.Config;

/// <summary>
/// Reads the <c>remote:</c> section of <c>.coe-review.yml</c> with Core's <see cref="ConfigReader"/>,
/// with COE_REVIEW_ENDPOINT and COE_REVIEW_MODEL as defaults for every expert. The environment is a
/// delegate so tests never touch the process environment.
/// </summary>
internal static class RemoteOptionsParser
{
    private static readonly string[] s_endpointKeys =
        ["endpoint", "model", "apiKeyEnv", "temperature", "maxOutputTokens", "concurrency", "timeoutSeconds", "stream", "responseFormat", "maxTokensField", "priority"];

    private static readonly string[] s_runKeys =
        ["requestTokenBudget", "runTokenBudget", "maxHunksPerRequest", "minConfidence", "maxRetries", "retryDelaySeconds", "breakSeconds", "experts"];

    /// <summary>
    /// Options from the <c>remote:</c> section as parsed from the config file (null without one) and
    /// the environment. A malformed setting is a <see cref="RemoteConfigException"/> naming the file and its line.
    /// </summary>
    public static RemoteOptions ParseSection(ConfigSection? section, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var fromEnv = new RemoteExpertOptions
        {
            Endpoint = NonEmpty(environment(RemoteOptions.EndpointVariable)),
            Model = NonEmpty(environment(RemoteOptions.ModelVariable)),
        };
        if (section is null)
        {
            return new RemoteOptions { Defaults = fromEnv };
        }

        try
        {
            var reader = section.ReaderWorded(ConfigWording.MustBe);
            return reader.Mapping(section.Node, "remote", "a mapping") is { } remote
                ? FromMapping(new Settings(reader, remote, "remote"), fromEnv)
                : new RemoteOptions { Defaults = fromEnv };
        }
        catch (ConfigException e)
        {
            // The remote section's errors keep their own type: they say the remote backend is misconfigured.
            throw new RemoteConfigException(e.Message, e);
        }
    }

    private static RemoteOptions FromMapping(Settings remote, RemoteExpertOptions fromEnv)
    {
        remote.CheckKeys([.. s_endpointKeys, .. s_runKeys]);
        var defaults = new RemoteOptions();
        var experts = new Dictionary<string, RemoteExpertOptions>(StringComparer.Ordinal);
        if (ConfigReader.Child(remote.Map, "experts") is { } expertsNode)
        {
            // A blank experts: is refused too (unlike a blank remote:), as it always was.
            var map = expertsNode as YamlMappingNode ?? throw remote.Reader.Expected(expertsNode, "remote.experts", "a mapping of expert id to settings");
            foreach (var (key, value) in map.Children)
            {
                var id = ((YamlScalarNode)key).Value ?? "";
                var where = $"remote.experts.{id}";
                var expert = new Settings(remote.Reader, value as YamlMappingNode ?? throw remote.Reader.Expected(value, where, "a mapping"), where);
                expert.CheckKeys(s_endpointKeys);
                experts[id] = EndpointSettings(expert);
            }
        }

        return new RemoteOptions
        {
            Defaults = EndpointSettings(remote).Over(fromEnv),
            Experts = experts,
            RequestTokenBudget = remote.Integer("requestTokenBudget", min: 256) ?? defaults.RequestTokenBudget,
            RunTokenBudget = remote.Integer("runTokenBudget", min: 0) ?? defaults.RunTokenBudget,
            MaxHunksPerRequest = remote.Integer("maxHunksPerRequest", min: 1) ?? defaults.MaxHunksPerRequest,
            MinConfidence = remote.Number("minConfidence", 0, 1) ?? defaults.MinConfidence,
            MaxRetries = remote.Integer("maxRetries", min: 0) ?? defaults.MaxRetries,
            RetryBaseDelay = Seconds(remote, "retryDelaySeconds") ?? defaults.RetryBaseDelay,
            BreakDuration = Seconds(remote, "breakSeconds") ?? defaults.BreakDuration,
        };
    }

    private static RemoteExpertOptions EndpointSettings(Settings node) => new()
    {
        Endpoint = node.Text("endpoint"),
        Model = node.Text("model"),
        ApiKeyEnv = EnvName(node),
        Temperature = node.Number("temperature", 0, 2),
        MaxOutputTokens = node.Integer("maxOutputTokens", min: 1),
        Concurrency = node.Integer("concurrency", min: 1),
        TimeoutSeconds = node.Number("timeoutSeconds", 1, 3600),
        Stream = node.Bool("stream"),
        ResponseFormat = node.Text("responseFormat"),
        MaxTokensField = node.Text("maxTokensField"),
        Priority = node.Integer("priority", min: int.MinValue),
    };

    private static string? EnvName(Settings node)
    {
        var name = node.Text("apiKeyEnv");
        if (name is not null && !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            // Never echo the value: someone may have pasted the key itself here.
            throw node.Reader.Fail(ConfigReader.Child(node.Map, "apiKeyEnv")!, $"{node.Where}.apiKeyEnv must be the NAME of an environment variable that holds the key, not the key");
        }

        return name;
    }

    private static TimeSpan? Seconds(Settings remote, string key) =>
        remote.Number(key, 0, 3600) is { } s ? TimeSpan.FromSeconds(s) : null;

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>
    /// One mapping of the section (the section itself or one expert's) read through the reader:
    /// a blank value counts as absent, and a value that is not a single one is refused before its type is checked.
    /// </summary>
    private sealed record Settings(ConfigReader Reader, YamlMappingNode Map, string Where)
    {
        /// <summary>Refuses the first key that is not allowed, in file order; a pasted key gets its own message.</summary>
        public void CheckKeys(string[] allowed)
        {
            var first = Map.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => IsSecret(k.Value) || !allowed.Contains(k.Value, StringComparer.Ordinal));
            if (first is not null && IsSecret(first.Value))
            {
                throw Reader.Fail(first, $"{Where}.{first.Value}: keys do not belong in the config file; put the key in an environment variable and name it with apiKeyEnv");
            }

            Reader.CheckKeys(Map, Where + ".", allowed);
        }

        // The bare key, not the dotted path: the wording users have seen for a list where a value belongs.
        public string? Text(string key) => ConfigReader.Child(Map, key) switch
        {
            null or YamlScalarNode { Value: null or "" } => null,
            var node => NonEmpty(Reader.Text(node, key)),
        };

        public int? Integer(string key, int min) => Text(key) is null ? null : Reader.Integer(ConfigReader.Child(Map, key), $"{Where}.{key}", min);

        public double? Number(string key, double min, double max) => Text(key) is null ? null : Reader.Number(ConfigReader.Child(Map, key), $"{Where}.{key}", min, max);

        public bool? Bool(string key) => Text(key) is null ? null : Reader.Bool(ConfigReader.Child(Map, key), $"{Where}.{key}");

        private static bool IsSecret(string? key) => key is "apiKey" or "key" or "api_key";
    }
}
