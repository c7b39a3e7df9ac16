using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// Where names are called and assigned in a compilation, read once from the syntax: the candidates a
/// symbol search then confirms (callers of a method, writers of a field) without binding every tree.
/// </summary>
internal sealed class CompilationIndex
{
    private readonly Dictionary<string, List<SyntaxNode>> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SyntaxNode>> _writes = new(StringComparer.Ordinal);

    public CompilationIndex(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax call when NameOf(call.Expression) is { } name:
                        Add(_calls, name, call);
                        break;
                    case ObjectCreationExpressionSyntax creation when NameOf(creation.Type) is { } type:
                        Add(_calls, type, creation);
                        break;
                    case AssignmentExpressionSyntax assignment when NameOf(assignment.Left) is { } target:
                        Add(_writes, target, assignment);
                        break;
                    case VariableDeclaratorSyntax { Initializer: not null, Parent.Parent: FieldDeclarationSyntax } field:
                        Add(_writes, field.Identifier.ValueText, field);
                        break;
                    case PropertyDeclarationSyntax { Initializer: not null } property:
                        Add(_writes, property.Identifier.ValueText, property);
                        break;
                }
            }
        }
    }

    /// <summary>Invocations or creations whose name is the method's (or its type's, for a constructor).</summary>
    public IReadOnlyList<SyntaxNode> CallsNamed(string name) => _calls.TryGetValue(name, out var list) ? list : [];

    /// <summary>Assignments and initialisers whose target is named so.</summary>
    public IReadOnlyList<SyntaxNode> WritesNamed(string name) => _writes.TryGetValue(name, out var list) ? list : [];

    private static void Add(Dictionary<string, List<SyntaxNode>> map, string name, SyntaxNode node)
    {
        if (!map.TryGetValue(name, out var list))
        {
            map[name] = list = [];
        }

        list.Add(node);
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax member => NameOf(member.Name),
        MemberBindingExpressionSyntax binding => NameOf(binding.Name),
        QualifiedNameSyntax qualified => NameOf(qualified.Right),
        AliasQualifiedNameSyntax alias => NameOf(alias.Name),
        ElementAccessExpressionSyntax element => NameOf(element.Expression),
        _ => null,
    };
}
