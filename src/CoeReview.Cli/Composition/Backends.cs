using CoeReview.Core.Pipeline;
using CoeReview.RduSim.Backend;
using CoeReview.Remote;

namespace CoeReview.Cli.Composition;

/// <summary>The backends by the name --backend selects; each project contributes its factory here.</summary>
internal static class Backends
{
    public const string Default = "rdu-sim";

    private static readonly Dictionary<string, Func<BackendContext, ICoeBackend>> s_factories = new(StringComparer.Ordinal)
    {
        ["rdu-sim"] = c => new RduSimBackend(SimulationSettings.Options(c.Config)),
        ["remote"] = c => RemoteBackend.FromConfig(c.Config, c.Environment, c.Catalog.Experts),
    };

    public static IReadOnlyCollection<string> Names => s_factories.Keys;

    public static ICoeBackend Create(string name, BackendContext context) =>
        s_factories.TryGetValue(name, out var factory)
            ? factory(context)
            : throw new CliInputException($"unknown backend '{name}' (use {string.Join(" or ", s_factories.Keys)})");
}
