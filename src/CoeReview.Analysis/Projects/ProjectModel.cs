using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// One project as the compiler would build it for one target framework: what goes into its
/// compilation options, its global usings, its references by name, and what could not be read.
/// </summary>
public sealed record ProjectModel
{
    /// <summary>Repo-relative path of the .csproj ("" for loose files no project claims).</summary>
    public string ProjectPath { get; init; } = "";

    /// <summary>Absolute path of the project's folder, as the evaluation saw it.</summary>
    public string Directory { get; init; } = "/";

    public string AssemblyName { get; init; } = "Loose";

    /// <summary>The SDK (Microsoft.NET.Sdk.Web, ...), or null for a legacy (non-SDK) project.</summary>
    public string? Sdk { get; init; } = "Microsoft.NET.Sdk";

    /// <summary>The framework the review compiles for, and every one the project targets.</summary>
    public TargetFramework? Framework { get; init; }

    public IReadOnlyList<string> Frameworks { get; init; } = [];

    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    public NullableContextOptions Nullable { get; init; } = NullableContextOptions.Disable;

    public bool AllowUnsafeBlocks { get; init; }

    public OutputKind OutputKind { get; init; } = OutputKind.DynamicallyLinkedLibrary;

    public IReadOnlyList<string> Defines { get; init; } = [];

    /// <summary>Global usings the SDK and the project's &lt;Using&gt; items generate.</summary>
    public IReadOnlyList<GlobalUsing> GlobalUsings { get; init; } = [];

    public IReadOnlyList<string> InternalsVisibleTo { get; init; } = [];

    /// <summary>Diagnostic ids the project silences (NoWarn) and how warnings become errors.</summary>
    public IReadOnlyList<string> NoWarn { get; init; } = [];

    public bool TreatWarningsAsErrors { get; init; }

    public IReadOnlyList<string> WarningsAsErrors { get; init; } = [];

    public IReadOnlyList<string> WarningsNotAsErrors { get; init; } = [];

    public int WarningLevel { get; init; } = 4;

    /// <summary>Repo-relative paths of referenced projects.</summary>
    public IReadOnlyList<string> ProjectReferences { get; init; } = [];

    public IReadOnlyList<string> PackageReferences { get; init; } = [];

    /// <summary>True when a ProjectReference is a source generator or analyzer (OutputItemType="Analyzer"), which the review cannot run.</summary>
    public bool ReferencesGeneratorProjects { get; init; }

    /// <summary>Shared frameworks (Microsoft.NETCore.App, Microsoft.AspNetCore.App, ...), implicit ones included.</summary>
    public IReadOnlyList<string> FrameworkReferences { get; init; } = [];

    /// <summary>&lt;Reference&gt; items: assembly name and HintPath (absolute) when given.</summary>
    public IReadOnlyList<(string Name, string? HintPath)> AssemblyReferences { get; init; } = [];

    /// <summary>Absolute folder where NuGet writes project.assets.json (obj/ by default).</summary>
    public string ProjectExtensionsPath { get; init; } = "";

    /// <summary>Compile items: false for the SDK's default glob when the project turns it off.</summary>
    public bool DefaultCompileItems { get; init; } = true;

    /// <summary>Repo-relative Compile Include patterns (globs) and Remove patterns.</summary>
    public PathPatterns CompileIncludes { get; init; } = PathPatterns.None;

    public PathPatterns CompileRemoves { get; init; } = PathPatterns.None;

    /// <summary>What could not be read as MSBuild reads it.</summary>
    public IReadOnlyList<ProjectWarning> Warnings { get; init; } = [];

    /// <summary>False when the project file could not be read at all: nothing about it is known.</summary>
    public bool Readable { get; init; } = true;

    public bool IsLoose => ProjectPath.Length == 0;

    /// <summary>True for SDK-style projects (ProjectReferences flow transitively) and for ones that could not be read.</summary>
    public bool IsSdkStyleOrUnknown => Sdk is not null || !Readable;

    /// <summary>True when the repo-relative .cs file is one of the project's Compile items.</summary>
    public bool Compiles(string path, bool ownedByProject)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ((DefaultCompileItems && ownedByProject) || CompileIncludes.Matches(path)) && !CompileRemoves.Matches(path);
    }
}
