using System.Text.RegularExpressions;
using CoeReview.Core.Config;
using YamlDotNet.Serialization;

namespace CoeReview.Routing;

/// <summary>
/// The <c>router:</c> section of .coe-review.yml: either a bare kind (<c>router: rules</c>) or
/// <c>{ kind: rules|embedding, k, threshold, fallback: [ids], cache: PATH|off }</c>.
/// </summary>
public sealed partial class RouterSection
{
    public const string Rules = "rules";
    public const string Embedding = "embedding";

    [YamlMember(Alias = "kind")]
    public string? Kind { get; set; }

    [YamlMember(Alias = "k")]
    public int? K { get; set; }

    [YamlMember(Alias = "threshold")]
    public double? Threshold { get; set; }

    [YamlMember(Alias = "fallback")]
    public List<string>? Fallback { get; set; }

    /// <summary>The embedding cache file, or "off" to keep vectors in memory only.</summary>
    [YamlMember(Alias = "cache")]
    public string? Cache { get; set; }

    [GeneratedRegex(@"^\s*([A-Za-z-]+)\s*(?:\.\.\.)?\s*$")]
    private static partial Regex BareKind();

    /// <summary>Reads the section's YAML (null or empty: all defaults); a wrong kind or value is a <see cref="ConfigException"/>.</summary>
    public static RouterSection Parse(string? yaml)
    {
        var bare = yaml is null ? null : BareKind().Match(yaml);
        var section = bare is { Success: true } ? new RouterSection { Kind = bare.Groups[1].Value } : ConfigLoader.ReadSection<RouterSection>(yaml) ?? new RouterSection();
        if (section.Kind is not null and not Rules and not Embedding)
        {
            throw new ConfigException($"router: unknown kind '{section.Kind}' (use {Rules} or {Embedding})");
        }

        if (section.K is < 1 || section.Threshold is < 0 or > 1)
        {
            throw new ConfigException("router: k must be at least 1 and threshold between 0 and 1");
        }

        return section;
    }

    /// <summary>The router options this section asks for, over the defaults; <paramref name="defaultCacheFile"/> unless cache says otherwise.</summary>
    public EmbeddingRouterOptions ToOptions(string? defaultCacheFile)
    {
        var defaults = new EmbeddingRouterOptions();
        return defaults with
        {
            K = K ?? defaults.K,
            Threshold = Threshold ?? defaults.Threshold,
            Fallback = Fallback,
            CacheFile = Cache switch
            {
                null => defaultCacheFile,
                "off" or "none" or "false" => null,
                _ => Cache,
            },
        };
    }
}
