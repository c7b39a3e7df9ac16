using CoeReview.Core.Config;
using CoeReview.Remote.Config;

namespace CoeReview.Remote.Tests;

public sealed class RemoteOptionsParserTests
{
    private static readonly Func<string, string?> s_noEnvironment = _ => null;

    [Fact]
    public void Parser_reads_the_remote_section_with_per_expert_overrides()
    {
        // Given a config with defaults and a security expert on its own endpoint
        const string yaml = """
            filter: added
            remote:
              endpoint: https://api.example.test/v1
              model: llama-3.1-8b
              temperature: 0.2
              maxOutputTokens: 600
              concurrency: 6
              timeoutSeconds: 90
              requestTokenBudget: 4000
              runTokenBudget: 200000
              minConfidence: 0.6
              experts:
                security:
                  endpoint: http://gpu-box:8000/v1/
                  model: sec-expert-8b
                  apiKeyEnv: SEC_KEY
                  concurrency: 2
                  priority: 99
            """;

        // When it is parsed and resolved
        var options = Parse(yaml, s_noEnvironment);
        var security = options.Resolve(Fixture.Expert("security"));
        var syntax = options.Resolve(Fixture.Expert("syntax"));

        // Then the expert's own settings win and the rest fall back to the section's
        Assert.Equal("http://gpu-box:8000/v1/", security.Endpoint.AbsoluteUri);
        Assert.Equal("sec-expert-8b", security.Model);
        Assert.Equal("SEC_KEY", security.ApiKeyEnv);
        Assert.Equal(2, security.Concurrency);
        Assert.Equal(99, security.Priority);
        Assert.Equal(0.2, security.Temperature);
        Assert.Equal("https://api.example.test/v1/", syntax.Endpoint.AbsoluteUri);
        Assert.Equal("llama-3.1-8b", syntax.Model);
        Assert.Equal(RemoteOptions.ApiKeyVariable, syntax.ApiKeyEnv);
        Assert.Equal(600, syntax.MaxOutputTokens);
        Assert.Equal(TimeSpan.FromSeconds(90), syntax.AttemptTimeout);
        Assert.Equal(4000, options.RequestTokenBudget);
        Assert.Equal(200000, options.RunTokenBudget);
        Assert.Equal(0.6, options.MinConfidence);
    }

    [Fact]
    public void Environment_gives_defaults_below_the_config_file()
    {
        // Given the environment names an endpoint and a model, and the file only a model
        var env = new Dictionary<string, string> { [RemoteOptions.EndpointVariable] = "http://127.0.0.1:11434/v1", [RemoteOptions.ModelVariable] = "qwen2.5-coder" };

        // When parsed
        var fromEnv = Parse(null, env.GetValueOrDefault).Resolve(Fixture.Expert("tests"));
        var fileWins = Parse("remote:\n  model: from-file\n", env.GetValueOrDefault).Resolve(Fixture.Expert("tests"));

        // Then the environment fills what the file leaves out, and the expert file's model settings apply
        Assert.Equal("http://127.0.0.1:11434/v1/", fromEnv.Endpoint.AbsoluteUri);
        Assert.Equal("qwen2.5-coder", fromEnv.Model);
        Assert.Equal(Fixture.Expert("tests").Model.MaxOutputTokens, fromEnv.MaxOutputTokens);
        Assert.Equal("from-file", fileWins.Model);
        Assert.Equal("http://127.0.0.1:11434/v1/", fileWins.Endpoint.AbsoluteUri);
    }

    [Fact]
    public void Missing_endpoint_is_a_config_error_that_says_where_to_set_it()
    {
        var options = Parse("remote:\n  model: m\n", s_noEnvironment);

        var e = Assert.Throws<RemoteConfigException>(() => options.Resolve(Fixture.Expert("security")));

        Assert.Contains("no endpoint for expert 'security'", e.Message, StringComparison.Ordinal);
        Assert.Contains(RemoteOptions.EndpointVariable, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_model_is_a_config_error()
    {
        var options = Parse("remote:\n  endpoint: http://127.0.0.1:1/v1\n", s_noEnvironment);

        var e = Assert.Throws<RemoteConfigException>(() => options.Resolve(Fixture.Expert("syntax")));

        Assert.Contains("no model", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("remote:\n  apiKey: sk-proj-abcdefghijklmnopqrstuvwx\n")]
    [InlineData("remote:\n  apiKeyEnv: sk-proj-abcdefghijklmnopqrstuvwx-\n")]
    public void A_key_pasted_into_the_config_is_refused_without_being_echoed(string yaml)
    {
        var e = Assert.Throws<RemoteConfigException>(() => Parse(yaml, s_noEnvironment));

        Assert.DoesNotContain("abcdefghijklmnopqrstuvwx", e.Message, StringComparison.Ordinal);
        Assert.Contains("environment variable", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("remote:\n  endpont: http://x/v1\n", "unknown setting remote.endpont")]
    [InlineData("remote:\n  concurrency: many\n", "remote.concurrency must be a whole number")]
    [InlineData("remote:\n  experts:\n    security:\n      temperature: 9\n", "remote.experts.security.temperature must be a number")]
    [InlineData("remote: [1, 2]\n", ".coe-review.yml:1: remote must be a mapping")]
    [InlineData("remote:\n  concurrency: 0\n", ".coe-review.yml:2: remote.concurrency must be a whole number ≥ 1")]
    public void Malformed_settings_name_the_setting_and_line(string yaml, string expected)
    {
        var e = Assert.Throws<RemoteConfigException>(() => Parse(yaml, s_noEnvironment));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_response_format_is_a_config_error()
    {
        var options = Parse("remote:\n  endpoint: http://h/v1\n  model: m\n  responseFormat: xml\n", s_noEnvironment);

        Assert.Throws<RemoteConfigException>(() => options.Resolve(Fixture.Expert("security")));
    }

    [Fact]
    public void FromConfig_builds_a_backend_when_every_expert_resolves_and_refuses_otherwise()
    {
        var catalog = Core.Experts.ExpertSources.Load(null).Catalog;
        var env = new Dictionary<string, string> { [RemoteOptions.EndpointVariable] = "http://127.0.0.1:9/v1", [RemoteOptions.ModelVariable] = "m" };

        using var backend = RemoteBackend.FromConfig(ReviewConfig.Empty, env.GetValueOrDefault, catalog.Experts);

        Assert.Equal("remote", backend.Name);
        Assert.Throws<RemoteConfigException>(() => RemoteBackend.FromConfig(Load("remote:\n  model: m\n"), s_noEnvironment, catalog.Experts));
    }

    [Fact]
    public void The_section_kept_by_Cores_config_loader_is_read_the_same_as_the_file()
    {
        // Given a config file parsed by Core, which keeps the remote section for this backend
        var config = Load("backend: remote\nremote:\n  endpoint: http://127.0.0.1:9/v1\n  model: m\n  experts:\n    security: { model: sec }\n");

        // When the backend is built from it
        using var backend = RemoteBackend.FromConfig(config, s_noEnvironment, Core.Experts.ExpertSources.Load(null).Catalog.Experts);

        // Then the section's settings apply
        Assert.Equal("sec", backend.Options.Resolve(Fixture.Expert("security")).Model);
        Assert.Equal("m", backend.Options.Resolve(Fixture.Expert("tests")).Model);
    }

    [Fact]
    public void Validate_requires_a_named_key_variable_to_be_set_and_never_prints_keys()
    {
        // Given an expert whose key comes from SEC_KEY, which is unset
        var options = Parse("remote:\n  endpoint: http://h/v1\n  model: m\n  experts:\n    security:\n      apiKeyEnv: SEC_KEY\n", s_noEnvironment);
        using var backend = Fixture.Backend(options, new Dictionary<string, string> { ["COE_REVIEW_API_KEY"] = "sk-the-default-key-0123456789" });

        // When validated
        var e = Assert.Throws<RemoteConfigException>(() => backend.Validate([Fixture.Expert("security"), Fixture.Expert("syntax")]));

        // Then the message names the variable only
        Assert.Contains("SEC_KEY", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-the-default", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_remote_section_that_is_not_valid_YAML_is_the_config_loaders_error_at_its_line()
    {
        var e = Assert.Throws<ConfigException>(() => Load("remote:\n  endpoint: [unclosed\n"));

        Assert.StartsWith(".coe-review.yml:2: invalid YAML", e.Message, StringComparison.Ordinal);
    }

    // Every section comes through Core's one config loader, as it does for the CLI.
    private static ReviewConfig Load(string? yaml) => ConfigLoader.Parse(yaml ?? "", ".coe-review.yml");

    private static RemoteOptions Parse(string? yaml, Func<string, string?> environment) =>
        RemoteOptionsParser.ParseSection(Load(yaml).SectionNode("remote"), environment);
}
