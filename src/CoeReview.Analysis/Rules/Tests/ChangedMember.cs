using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>
/// A member with code a test could call: a method, constructor, property, indexer or event accessor,
/// operator or conversion, public or internal, with a body. <see cref="Display"/> is how the note
/// names it (no ", ": the summary splits on it); <see cref="Name"/> is what tests that did not bind are
/// searched for, with <see cref="TypeName"/>.
/// </summary>
internal sealed record ChangedMember(SyntaxNode Declaration, SyntaxNode Body, TypeDeclarationSyntax Type, string Name, string Display)
{
    public string TypeName => Type.Identifier.ValueText;

    /// <summary>The member the node declares, or null when it is none of the kinds above or tests cannot reach it.</summary>
    public static ChangedMember? Of(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (OwnerOf(node) is not { } type)
        {
            return null;
        }

        var typeName = type.Identifier.ValueText;
        return node switch
        {
            MethodDeclarationSyntax m when Visible(m.Modifiers) && BodyOf(m.Body, m.ExpressionBody) is { } body =>
                new(m, body, type, m.Identifier.ValueText, $"{typeName}.{m.Identifier.ValueText}"),
            ConstructorDeclarationSyntax c when Visible(c.Modifiers) && !c.Modifiers.Any(SyntaxKind.StaticKeyword) && BodyOf(c.Body, c.ExpressionBody) is { } body =>
                new(c, body, type, typeName, $"{typeName} constructor"),
            OperatorDeclarationSyntax o when BodyOf(o.Body, o.ExpressionBody) is { } body =>
                new(o, body, type, "", $"{typeName} operator {o.OperatorToken.ValueText}"),
            ConversionOperatorDeclarationSyntax c when BodyOf(c.Body, c.ExpressionBody) is { } body =>
                new(c, body, type, "", $"{typeName} {c.ImplicitOrExplicitKeyword.ValueText} operator {Compact(c.Type)}"),
            PropertyDeclarationSyntax { ExpressionBody: { } body } p when Visible(p.Modifiers) =>
                new(p, body, type, p.Identifier.ValueText, $"{typeName}.{p.Identifier.ValueText}"),
            IndexerDeclarationSyntax { ExpressionBody: { } body } i when Visible(i.Modifiers) =>
                new(i, body, type, "", $"{typeName}.this[]"),
            AccessorDeclarationSyntax { Parent.Parent: BasePropertyDeclarationSyntax owner } a when Visible(owner.Modifiers) && Reachable(a.Modifiers) && BodyOf(a.Body, a.ExpressionBody) is { } body =>
                new(a, body, type, NameOf(owner), $"{typeName}.{DisplayOf(owner)} {AccessorWord(a)}"),
            _ => null,
        };
    }

    /// <summary>The member's symbol (an accessor for an expression-bodied property); null when the model does not know it.</summary>
    public IMethodSymbol? SymbolIn(SemanticModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.GetDeclaredSymbol(Declaration, cancellationToken) switch
        {
            IMethodSymbol method => method,
            IPropertySymbol property => property.GetMethod,
            _ => null,
        };
    }

    // Members of an extension block are named after the static class that holds the block.
    private static TypeDeclarationSyntax? OwnerOf(SyntaxNode node)
    {
        var parent = node is AccessorDeclarationSyntax ? node.Parent?.Parent?.Parent : node.Parent;
        return parent switch
        {
            ExtensionBlockDeclarationSyntax block => block.Parent as TypeDeclarationSyntax,
            TypeDeclarationSyntax type => type,
            _ => null,
        };
    }

    private static SyntaxNode? BodyOf(BlockSyntax? body, ArrowExpressionClauseSyntax? expression) => (SyntaxNode?)body ?? expression;

    private static bool Visible(SyntaxTokenList modifiers) => modifiers.Any(SyntaxKind.PublicKeyword) || modifiers.Any(SyntaxKind.InternalKeyword);

    // A private or protected accessor of a public property is not one a test calls.
    private static bool Reachable(SyntaxTokenList modifiers) =>
        !modifiers.Any(SyntaxKind.PrivateKeyword) && (!modifiers.Any(SyntaxKind.ProtectedKeyword) || modifiers.Any(SyntaxKind.InternalKeyword));

    // An indexer has no name a test's text would show.
    private static string NameOf(BasePropertyDeclarationSyntax owner) => owner switch
    {
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        EventDeclarationSyntax e => e.Identifier.ValueText,
        _ => "",
    };

    private static string DisplayOf(BasePropertyDeclarationSyntax owner) => NameOf(owner) is { Length: > 0 } name ? name : "this[]";

    private static string AccessorWord(AccessorDeclarationSyntax accessor) => accessor.Kind() switch
    {
        SyntaxKind.GetAccessorDeclaration => "getter",
        SyntaxKind.SetAccessorDeclaration => "setter",
        _ => accessor.Keyword.ValueText,
    };

    private static string Compact(TypeSyntax type) => type.ToString().Replace(", ", ",", StringComparison.Ordinal);
}
