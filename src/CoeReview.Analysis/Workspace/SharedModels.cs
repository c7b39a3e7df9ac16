using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// One semantic model per tree and compilation for everything that binds: a semantic model caches the
/// bodies it binds, so the rules, the taint engine and the analyzers asking one model bind each member
/// once, where a model each bound it once per asker.
/// </summary>
internal static class SharedModels
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<SyntaxTree, SemanticModel>> s_models = new();

    public static SemanticModel Of(Compilation compilation, SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(tree);
        return s_models.GetValue(compilation, _ => new ConcurrentDictionary<SyntaxTree, SemanticModel>())
            .GetOrAdd(tree, static (t, c) => c.GetSemanticModel(t), compilation);
    }
}
