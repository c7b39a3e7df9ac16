using CoeReview.Analysis.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Compiler;

/// <summary>
/// What the packages we could not restore may explain in one compilation: using directives (the
/// file's and every global one) that do not resolve, and types whose base chain holds an error type.
/// </summary>
internal sealed class UnresolvedContext
{
    private readonly CSharpCompilation _compilation;
    private readonly Lazy<(bool Any, bool Static)> _global;

    public UnresolvedContext(CSharpCompilation compilation, bool dependsOnExternals)
    {
        _compilation = compilation;
        DependsOnExternals = dependsOnExternals;
        _global = new Lazy<(bool, bool)>(() => Scan(compilation.SyntaxTrees, onlyGlobal: true));
    }

    public bool DependsOnExternals { get; }

    /// <summary>(any unresolved using in scope of the file, any unresolved using static in scope).</summary>
    public (bool Any, bool Static) UsingsOf(SyntaxTree tree)
    {
        var local = Scan([tree], onlyGlobal: false);
        var global = _global.Value;
        return (local.Any || global.Any, local.Static || global.Static);
    }

    private (bool Any, bool Static) Scan(IEnumerable<SyntaxTree> trees, bool onlyGlobal)
    {
        bool any = false, isStatic = false;
        foreach (var tree in trees)
        {
            var usings = tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>().Where(u => !onlyGlobal || u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)).ToList();
            if (usings.Count == 0)
            {
                continue;
            }

            var model = SharedModels.Of(_compilation, tree);
            foreach (var u in usings)
            {
                var target = u.NamespaceOrType;
                if (target is not null && IsUnresolved(model.GetSymbolInfo(target).Symbol))
                {
                    any = true;
                    isStatic |= u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword);
                }
            }
        }

        return (any, isStatic);
    }

    private static bool IsUnresolved(ISymbol? symbol) => symbol is null || symbol is ITypeSymbol { TypeKind: TypeKind.Error };

    /// <summary>True when a type (or one it is nested in) inherits from or implements an unresolved type.</summary>
    public static bool HasErrorAncestry(INamedTypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.AllInterfaces.Any(IsError))
            {
                return true;
            }

            for (var b = t.BaseType; b is not null; b = b.BaseType)
            {
                if (IsError(b))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for an error type or a constructed type with an error inside (List&lt;Missing&gt;, Missing[]).</summary>
    public static bool IsError(ITypeSymbol? type) => type switch
    {
        null => false,
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol a => IsError(a.ElementType),
        INamedTypeSymbol { IsGenericType: true } n => n.TypeArguments.Any(IsError),
        _ => false,
    };
}
