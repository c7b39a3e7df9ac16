using CoeReview.Core.Config;
using CoeReview.Core.Routing;
using CoeReview.Routing;
using CoeReview.Routing.Embedding;

namespace CoeReview.Cli.Composition;

/// <summary>Chooses the router the config's <c>router:</c> section asks for (see <see cref="RouterSection"/>).</summary>
internal static class Routers
{
    /// <summary>
    /// The router used when the config names none: embedding, since it met the targets (recall at
    /// least 0.98, at most 2 experts per hunk, 1,000 hunks in under 10 s); see docs/router.md.
    /// </summary>
    public const string DefaultKind = RouterSection.Embedding;

    // One model per process: loading it costs 0.2 to 0.3 s and it is only read from.
    private static readonly Lazy<MiniLmEmbedder> s_model = new(() => new MiniLmEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static IRouter Create(ReviewConfig config) => Create(config, Environment.GetEnvironmentVariable);

    /// <summary>The configured router (the analysis stage's hits reach it with each diff).</summary>
    public static IRouter Create(ReviewConfig config, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(environment);
        // A bad section throws ConfigException, which the commands report as bad input (exit 2).
        var section = RouterSection.FromSection(config.SectionNode("router"));
        return (section.Kind ?? DefaultKind) == RouterSection.Embedding
            ? new EmbeddingRouter(s_model.Value, section.ToOptions(CacheLocation.DefaultFile(environment)))
            : new RuleRouter();
    }
}
