using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// Which members may reach a sink at all, read from names before anything is bound: a member whose
/// text names no sink, no sink type and no member that (by name, transitively) does, cannot produce a
/// taint hit, so its control-flow graph is never built. Names over-approximate symbols (every
/// override, overload and namesake counts), so the answer errs towards analysing.
/// </summary>
internal sealed class SinkReach
{
    // Derived types of the catalogue's base types live in packages (SqlCommand, NpgsqlConnection; HMACSHA256 by the HMAC prefix).
    private static readonly string[] s_derivedSuffixes = ["Command", "Connection", "Adapter", "Credential", "DeriveBytes"];

    private readonly HashSet<string> _reaching;
    private readonly IReadOnlyList<string> _prefixes;

    public SinkReach(Compilation compilation, CancellationToken cancellationToken)
    {
        var (names, prefixes) = SinkCatalog.Names(compilation);
        _reaching = names;
        _prefixes = [.. prefixes, "HMAC"];
        // Who uses a name, for the names not yet known to reach: a name that comes to reach makes its users reach.
        var users = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var reached = new Queue<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                if (DeclaredName(node) is not { } name || _reaching.Contains(name))
                {
                    continue;
                }

                var uses = Uses(node);
                if (uses.Any(IsSinkName))
                {
                    _reaching.Add(name);
                    reached.Enqueue(name);
                    continue;
                }

                foreach (var used in uses)
                {
                    if (!users.TryGetValue(used, out var list))
                    {
                        users[used] = list = [];
                    }

                    list.Add(name);
                }
            }
        }

        // The least fixed point, each name once: a member that uses a reaching name reaches.
        while (reached.TryDequeue(out var name))
        {
            foreach (var user in users.GetValueOrDefault(name) ?? [])
            {
                if (_reaching.Add(user))
                {
                    reached.Enqueue(user);
                }
            }
        }
    }

    /// <summary>Whether the member (a method, accessor or program of top-level statements) may reach a sink.</summary>
    public bool MayReach(SyntaxNode member)
    {
        var node = member is AccessorDeclarationSyntax { Parent.Parent: BasePropertyDeclarationSyntax property } ? property : member;
        if (node is CompilationUnitSyntax unit)
        {
            return unit.Members.OfType<GlobalStatementSyntax>().Any(g => Uses(g).Any(IsSinkName));
        }

        return Uses(node).Any(IsSinkName) || node.DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>().Any(c => c.ArgumentList.Arguments.Count > 0);
    }

    private bool IsSinkName(string name)
    {
        if (_reaching.Contains(name))
        {
            return true;
        }

        foreach (var prefix in _prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return s_derivedSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal));
    }

    // The name callers use: a method's, a constructor's type, a property's, a type's (for what derives from a sink type).
    private static string? DeclaredName(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        ConstructorDeclarationSyntax c => c.Identifier.ValueText,
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        TypeDeclarationSyntax { BaseList: not null } t => t.Identifier.ValueText,
        _ => null,
    };

    private static HashSet<string> Uses(SyntaxNode node)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var scope = node is TypeDeclarationSyntax type ? (SyntaxNode?)type.BaseList : node;
        foreach (var token in scope!.DescendantTokens())
        {
            // Uses only: the member's own name and its parameters' are declarations.
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.Parent is IdentifierNameSyntax or GenericNameSyntax)
            {
                names.Add(token.ValueText);
            }
        }

        return names;
    }
}
