using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Tests.Juliet;

/// <summary>
/// Renames every identifier that binds to a symbol declared in source (namespaces, types, methods,
/// fields, properties, locals, parameters) to a meaningless one, the same original name to the same new
/// name in every file, so overrides and shadowing stay as they were. Framework members, and source
/// members that override or implement framework ones, keep their names. Lines do not move.
/// </summary>
internal sealed class IdentifierRenamer
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>How many distinct original names were renamed so far.</summary>
    public int RenamedNames => _names.Count;

    /// <summary>The renamed text of each tree of the compilation, by the tree's file path.</summary>
    public IReadOnlyDictionary<string, string> Rename(CSharpCompilation compilation)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal))
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            var renames = new Dictionary<SyntaxToken, string>();
            foreach (var token in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)))
            {
                if (SymbolOf(model, token) is { } symbol && IsUserDefined(symbol) && NameOf(symbol) == token.ValueText)
                {
                    renames[token] = NewName(token.ValueText);
                }
            }

            var renamed = root.ReplaceTokens(renames.Keys, (original, _) =>
                SyntaxFactory.Identifier(original.LeadingTrivia, renames[original], original.TrailingTrivia));
            result[tree.FilePath] = renamed.ToFullString();
        }

        return result;
    }

    private string NewName(string original)
    {
        if (!_names.TryGetValue(original, out var name))
        {
            name = $"Id{_names.Count + 1}";
            _names[original] = name;
        }

        return name;
    }

    private static ISymbol? SymbolOf(SemanticModel model, SyntaxToken token)
    {
        var parent = token.Parent;
        if (parent is SimpleNameSyntax name)
        {
            var info = model.GetSymbolInfo(name);
            return info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        }

        return parent is null ? null : model.GetDeclaredSymbol(parent);
    }

    // A constructor or destructor is spelled as its type.
    private static string NameOf(ISymbol symbol) =>
        symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor } m ? m.ContainingType.Name : symbol.Name;

    private static bool IsUserDefined(ISymbol symbol)
    {
        if (symbol is INamespaceSymbol { IsGlobalNamespace: true } || symbol.Kind is SymbolKind.Label or SymbolKind.Alias or SymbolKind.Discard)
        {
            return false;
        }

        if (symbol.Locations.Length == 0 || !symbol.Locations.All(l => l.IsInSource) || (symbol is INamespaceSymbol ns && ns.ConstituentNamespaces.Any(c => c.Locations.Any(l => l.IsInMetadata))))
        {
            return false;
        }

        return !OverridesFramework(symbol) && !ImplementsFramework(symbol);
    }

    private static bool OverridesFramework(ISymbol symbol)
    {
        var current = symbol;
        while (current is not null && current.IsOverride)
        {
            current = current switch
            {
                IMethodSymbol m => m.OverriddenMethod,
                IPropertySymbol p => p.OverriddenProperty,
                IEventSymbol e => e.OverriddenEvent,
                _ => null,
            };
            if (current is not null && current.Locations.Any(l => l.IsInMetadata))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ImplementsFramework(ISymbol symbol) =>
        symbol.Kind is SymbolKind.Method or SymbolKind.Property or SymbolKind.Event && symbol.ContainingType is { } type
        && type.AllInterfaces.Where(i => i.Locations.Any(l => l.IsInMetadata))
            .SelectMany(i => i.GetMembers()).Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), symbol));
}
