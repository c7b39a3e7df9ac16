using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Projects;

/// <summary>The metadata references of one project, what could not be found, and whether a restore's assets file was used.</summary>
internal sealed record ResolvedReferences(IReadOnlyList<MetadataReference> References, IReadOnlyList<string> Missing, bool Restored, IReadOnlyList<ProjectWarning> Warnings)
{
    /// <summary>Where the framework's reference assemblies came from (sdk pack, nuget, shipped, approximation).</summary>
    public string FrameworkSource { get; init; } = "";

    /// <summary>Analyzer and source-generator assemblies of the framework pack and the restored packages.</summary>
    public IReadOnlyList<string> Analyzers { get; init; } = [];

    /// <summary>True when generators the build would run may exist but could not be found (no pack, no restore).</summary>
    public bool GeneratorsUnknown { get; init; }
}
