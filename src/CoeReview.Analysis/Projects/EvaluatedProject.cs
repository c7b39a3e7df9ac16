namespace CoeReview.Analysis.Projects;

/// <summary>A project file after evaluation: the final properties and the items, as MSBuild would have them before any target runs.</summary>
internal sealed class EvaluatedProject(
    string path,
    string? sdk,
    IReadOnlyDictionary<string, string> properties,
    IReadOnlyList<ProjectItem> items,
    IReadOnlyList<ProjectWarning> warnings,
    bool readable)
{
    /// <summary>Absolute '/'-separated path of the project file.</summary>
    public string Path { get; } = path;

    public string Directory => ProjectPaths.DirectoryOf(Path);

    /// <summary>The project's SDK (Microsoft.NET.Sdk.Web, MSTest.Sdk/3.6.0), or null for a legacy project.</summary>
    public string? Sdk { get; } = sdk;

    public bool IsSdkStyle => Sdk is not null;

    public IReadOnlyDictionary<string, string> Properties { get; } = properties;

    public IReadOnlyList<ProjectItem> Items { get; } = items;

    /// <summary>Item Remove patterns (relative to the project folder), which also apply to the SDK's default items.</summary>
    public IReadOnlyList<ProjectItem> Removals { get; init; } = [];

    public IReadOnlyList<ProjectWarning> Warnings { get; } = warnings;

    /// <summary>False when the project file itself could not be read or parsed.</summary>
    public bool Readable { get; } = readable;

    public string? Property(string name) => Properties.TryGetValue(name, out var v) && v.Trim().Length > 0 ? v.Trim() : null;

    public bool IsTrue(string name) => string.Equals(Property(name), "true", StringComparison.OrdinalIgnoreCase);

    public bool IsFalse(string name) => string.Equals(Property(name), "false", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ProjectItem> ItemsOf(string type) => Items.Where(i => string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase));

    /// <summary>A ';'-separated property as its values, trimmed, without empties.</summary>
    public IReadOnlyList<string> List(string name) =>
        (Property(name) ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
