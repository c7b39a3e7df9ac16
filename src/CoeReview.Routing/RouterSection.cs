using CoeReview.Core.Config;
using YamlDotNet.RepresentationModel;

namespace CoeReview.Routing;

/// <summary>
/// The <c>router:</c> section of .coe-review.yml: either a bare kind (<c>router: rules</c>) or
/// <c>{ kind: rules|embedding, k, threshold, fallback: [ids], cache: PATH|off }</c>.
/// </summary>
public sealed class RouterSection
{
    public const string Rules = "rules";
    public const string Embedding = "embedding";

    public string? Kind { get; set; }

    public int? K { get; set; }

    public double? Threshold { get; set; }

    public List<string>? Fallback { get; set; }

    /// <summary>The embedding cache file, or "off" to keep vectors in memory only.</summary>
    public string? Cache { get; set; }

    private static readonly string[] s_keys = ["kind", "k", "threshold", "fallback", "cache"];
    private static readonly string[] s_kinds = [Embedding, Rules];

    /// <summary>
    /// Reads the section as parsed from the config file (null: all defaults); a wrong kind or value is
    /// a <see cref="ConfigException"/> naming the file, line, key and what it takes.
    /// </summary>
    public static RouterSection FromSection(ConfigSection? section)
    {
        if (section is null)
        {
            return new RouterSection();
        }

        var reader = section.Reader;
        switch (section.Node)
        {
            case var blank when ConfigReader.IsBlank(blank):
                return new RouterSection();
            case YamlScalarNode bare:
                return new RouterSection { Kind = reader.OneOf(bare, "router", s_kinds) };
            case YamlMappingNode map:
                reader.CheckKeys(map, "router.", s_keys);
                return new RouterSection
                {
                    Kind = reader.OneOf(ConfigReader.Child(map, "kind"), "router.kind", s_kinds),
                    K = reader.Integer(ConfigReader.Child(map, "k"), "router.k", min: 1),
                    Threshold = reader.Number(ConfigReader.Child(map, "threshold"), "router.threshold", 0, 1),
                    Fallback = reader.Texts(ConfigReader.Child(map, "fallback"), "router.fallback"),
                    Cache = reader.Text(ConfigReader.Child(map, "cache"), "router.cache"),
                };
            default:
                throw reader.Expected(section.Node, "router", $"{Rules}, {Embedding} or a mapping of {string.Join(", ", s_keys)}");
        }
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
