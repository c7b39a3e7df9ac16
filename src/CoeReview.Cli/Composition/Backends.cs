using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Composition;

/// <summary>The backends by the name --backend selects; each project contributes its factory here.</summary>
public static class Backends
{
    public const string Default = "rdu-sim";

    private static readonly Dictionary<string, Func<BackendContext, ICoeBackend>> s_factories = new(StringComparer.Ordinal)
    {
        ["rdu-sim"] = c => new LocalAnalysisBackend(c.Analysis, "rdu-sim"),
        ["remote"] = _ => throw new CliInputException("the remote backend is not available yet in this build"),
    };

    public static IReadOnlyCollection<string> Names => s_factories.Keys;

    public static ICoeBackend Create(string name, BackendContext context) =>
        s_factories.TryGetValue(name, out var factory)
            ? factory(context)
            : throw new CliInputException($"unknown backend '{name}' (use {string.Join(" or ", s_factories.Keys)})");
}
