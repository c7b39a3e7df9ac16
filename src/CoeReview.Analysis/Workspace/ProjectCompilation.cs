using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// One compilation per project of the diff: the changed files with the project's other files, built
/// once and shared by the compiler check, our rules and the analyzers of every expert; one semantic
/// model per changed file, so each method body is bound once.
/// </summary>
public sealed record ProjectCompilation(string Group, ProjectSettings Settings, CSharpCompilation Compilation, IReadOnlyList<SyntaxTree> ChangedTrees)
{
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    /// <summary>True when the project's types may come from packages or references we could not restore, its own or its references'.</summary>
    public bool DependsOnExternals { get; init; } = true;

    /// <summary>True when every ProjectReference (transitively) was found in the snapshot and compiled.</summary>
    public bool AllReferencesResolved { get; init; }

    /// <summary>The shared semantic model of a tree of this compilation.</summary>
    public SemanticModel ModelOf(SyntaxTree tree) => _models.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));

    /// <summary>The same project over another compilation (e.g. one with analyzers attached), with fresh models.</summary>
    public ProjectCompilation WithCompilation(CSharpCompilation compilation, IReadOnlyList<SyntaxTree>? changedTrees = null) =>
        new(Group, Settings, compilation, changedTrees ?? ChangedTrees)
        {
            DependsOnExternals = DependsOnExternals,
            AllReferencesResolved = AllReferencesResolved,
        };

    /// <summary>
    /// The project without nullable analysis, for rules and analyzers that do not need it: the same
    /// syntax roots under parse options that switch the nullable walker off, which otherwise runs again
    /// for every method a semantic model binds.
    /// </summary>
    public ProjectCompilation WithoutNullableAnalysis()
    {
        var map = new Dictionary<SyntaxTree, SyntaxTree>();
        foreach (var tree in Compilation.SyntaxTrees)
        {
            var options = ((CSharpParseOptions)tree.Options).WithFeatures([new("run-nullable-analysis", "never")]);
            map[tree] = tree.WithRootAndOptions(tree.GetRoot(), options);
        }

        var compilation = Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(Compilation.SyntaxTrees.Select(t => map[t]));
        return WithCompilation(compilation, ChangedTrees.Select(t => map[t]).ToList());
    }
}
