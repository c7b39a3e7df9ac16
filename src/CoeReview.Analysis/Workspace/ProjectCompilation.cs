using CoeReview.Analysis.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// One compilation per project of the diff: the changed files with the project's other files, built
/// once and shared by the compiler check, our rules and the analyzers of every expert; one semantic
/// model per changed file, so each method body is bound once.
/// </summary>
public sealed record ProjectCompilation(string Group, ProjectModel Model, CSharpCompilation Compilation, IReadOnlyList<SyntaxTree> ChangedTrees)
{
    /// <summary>References that could not be resolved, the project's own and its referenced projects'; empty when the compiler sees everything the build does.</summary>
    public IReadOnlyList<string> MissingReferences { get; init; } = [];

    /// <summary>True when the project's types may come from references we could not resolve, its own or its references'.</summary>
    public bool DependsOnExternals => MissingReferences.Count > 0;

    /// <summary>True when the restore's assets file was used for the packages.</summary>
    public bool Restored { get; init; }

    /// <summary>Set when even core types (System.Object, Task) do not resolve: the setup is broken and no semantic compiler error is trusted.</summary>
    public string? BrokenSetup { get; init; }

    /// <summary>True when source generators the build runs could not run here (members they add may be missing).</summary>
    public bool GeneratorsUnknown { get; init; }

    /// <summary>Changed files the project does not compile (removed from its Compile items): no compiler diagnostics for them.</summary>
    public IReadOnlySet<string> NotCompiled { get; init; } = new HashSet<string>();

    /// <summary>What the review can show of each changed file, by path; a file not listed is analysed whole.</summary>
    public IReadOnlyDictionary<string, ChangeScope> Scopes { get; init; } = new Dictionary<string, ChangeScope>();

    /// <summary>The part of a changed tree to analyse.</summary>
    public ChangeScope ScopeOf(SyntaxTree tree) => Scopes.GetValueOrDefault(tree.FilePath) ?? ChangeScope.WholeFile;

    /// <summary>The shared semantic model of a tree of this compilation.</summary>
    public SemanticModel ModelOf(SyntaxTree tree) => SharedModels.Of(Compilation, tree);

    /// <summary>The same project over another compilation (e.g. one with analyzers attached); models are per compilation.</summary>
    public ProjectCompilation WithCompilation(CSharpCompilation compilation, IReadOnlyList<SyntaxTree>? changedTrees = null) =>
        new(Group, Model, compilation, changedTrees ?? ChangedTrees)
        {
            MissingReferences = MissingReferences,
            Restored = Restored,
            BrokenSetup = BrokenSetup,
            NotCompiled = NotCompiled,
            GeneratorsUnknown = GeneratorsUnknown,
            Scopes = Scopes,
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
            var parse = (CSharpParseOptions)tree.Options;
            var options = parse.WithFeatures(parse.Features.Where(f => f.Key != "run-nullable-analysis").Append(new("run-nullable-analysis", "never")));
            map[tree] = tree.WithRootAndOptions(tree.GetRoot(), options);
        }

        var compilation = Compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(Compilation.SyntaxTrees.Select(t => map[t]));
        return WithCompilation(compilation, ChangedTrees.Select(t => map[t]).ToList());
    }
}
