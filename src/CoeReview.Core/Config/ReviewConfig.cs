namespace CoeReview.Core.Config;

/// <summary>
/// What <c>.coe-review.yml</c> says. Every value is optional: command-line options win over it.
/// Sections owned by a backend or the router are kept as parsed nodes for their owner to read with
/// <see cref="ConfigReader"/>.
/// </summary>
public sealed record ReviewConfig
{
    public static ReviewConfig Empty { get; } = new();

    public string? Backend { get; init; }

    public string? Filter { get; init; }

    public string? FailLevel { get; init; }

    public IReadOnlyList<string>? Experts { get; init; }

    public string? ExpertsDir { get; init; }

    public double? MinConfidence { get; init; }

    /// <summary>Globs of paths never reviewed (generated code, vendored files).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Folder the file was read from; relative paths in it are relative to this.</summary>
    public string? Folder { get; init; }

    /// <summary>The name of the file the config came from, as its errors give it (null for no file).</summary>
    public string? FileName { get; init; }

    /// <summary>The sections read by their owners (remote, router, simulation) as parsed, keeping the file's line numbers for their errors.</summary>
    public IReadOnlyDictionary<string, ConfigSection> SectionNodes { get; init; } = new Dictionary<string, ConfigSection>();

    /// <summary>The line of each top-level key's value in the file.</summary>
    public IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>();

    public ConfigSection? SectionNode(string name) => SectionNodes.GetValueOrDefault(name);
}
