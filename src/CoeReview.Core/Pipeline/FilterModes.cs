namespace CoeReview.Core.Pipeline;

/// <summary>The names of filter modes on the command line and in config.</summary>
public static class FilterModes
{
    public static IReadOnlyList<string> Names { get; } = ["added", "diff_context", "file", "nofilter"];

    public static FilterMode Parse(string name) => name switch
    {
        "added" => FilterMode.Added,
        "diff_context" => FilterMode.DiffContext,
        "file" => FilterMode.File,
        "nofilter" => FilterMode.NoFilter,
        _ => throw new ArgumentException($"unknown filter '{name}' (use {string.Join(", ", Names)})", nameof(name)),
    };
}
