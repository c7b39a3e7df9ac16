using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// One compilation per project of the diff: the changed files with the project's other files, built
/// once and shared by the compiler check and every analyzer of every expert.
/// </summary>
public sealed record ProjectCompilation(string Group, ProjectSettings Settings, CSharpCompilation Compilation, IReadOnlyList<SyntaxTree> ChangedTrees)
{
    /// <summary>True when the project's types may come from packages or references we could not restore, its own or its references'.</summary>
    public bool DependsOnExternals { get; init; } = true;

    /// <summary>True when every ProjectReference (transitively) was found in the snapshot and compiled.</summary>
    public bool AllReferencesResolved { get; init; }
}
