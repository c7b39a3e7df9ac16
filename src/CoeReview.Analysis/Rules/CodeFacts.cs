using CoeReview.Core.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules;

/// <summary>
/// Syntax-first questions about code, confirmed with the semantic model when symbols resolve and
/// answered from names alone when they do not (packages were not restored).
/// </summary>
internal static class CodeFacts
{
    /// <summary>The invoked method's simple name: Foo for a.Foo&lt;T&gt;(…), Foo(…) or a?.Foo(…).</summary>
    public static string? NameOf(InvocationExpressionSyntax invocation) => NameOfExpression(invocation?.Expression);

    public static string? NameOfExpression(ExpressionSyntax? expression) => expression switch
    {
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax b => b.Name.Identifier.ValueText,
        SimpleNameSyntax s => s.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The receiver of a.Foo(…) (null for a bare call).</summary>
    public static ExpressionSyntax? ReceiverOf(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax m ? m.Expression : null;

    /// <summary>The text of the receiver's rightmost name: "Path" for System.IO.Path, "Request" for HttpContext.Request.</summary>
    public static string? ReceiverName(InvocationExpressionSyntax invocation) => NameOfExpression(ReceiverOf(invocation));

    /// <summary>The created type's simple name for new X(…), or the target type's for new(…) when it resolves.</summary>
    public static string? CreatedTypeName(BaseObjectCreationExpressionSyntax creation, SemanticModel model)
    {
        if (creation is ObjectCreationExpressionSyntax { Type: var type })
        {
            return type switch
            {
                QualifiedNameSyntax q => q.Right.Identifier.ValueText,
                SimpleNameSyntax s => s.Identifier.ValueText,
                _ => type.ToString(),
            };
        }

        return model.GetTypeInfo(creation).Type is { TypeKind: not TypeKind.Error } t ? t.Name : null;
    }

    /// <summary>The method symbol when it resolves (or is the only candidate).</summary>
    public static IMethodSymbol? MethodOf(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        var info = model.GetSymbolInfo(invocation);
        return info.Symbol as IMethodSymbol ?? (info.CandidateSymbols.Length == 1 ? info.CandidateSymbols[0] as IMethodSymbol : null);
    }

    /// <summary>The type of an expression, or null when it does not resolve.</summary>
    public static ITypeSymbol? TypeOf(ExpressionSyntax expression, SemanticModel model) =>
        model.GetTypeInfo(expression).Type is { TypeKind: not TypeKind.Error } t ? t : null;

    /// <summary>True when the type's name or a base type's name is one of the given simple names.</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, params string[] names)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (names.Contains(t.Name, StringComparer.Ordinal) || t.AllInterfaces.Any(i => names.Contains(i.Name, StringComparer.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a compile-time constant (literal, const, nameof, constant concatenation).</summary>
    public static bool IsConstant(ExpressionSyntax expression, SemanticModel model) =>
        expression is LiteralExpressionSyntax || model.GetConstantValue(expression).HasValue;

    /// <summary>True when the value cannot carry text an attacker shapes: numbers, bools, enums, Guid, dates.</summary>
    public static bool IsScalar(ITypeSymbol? type) => type is not null && (type.TypeKind == TypeKind.Enum || type.SpecialType is
        SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single
        or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_Char or SpecialType.System_DateTime
        || type.Name is "Guid" or "DateTimeOffset" or "TimeSpan" or "DateOnly" or "TimeOnly" or "CancellationToken"
        || (type is INamedTypeSymbol { Name: "Nullable", TypeArguments: [var inner] } && IsScalar(inner)));

    /// <summary>The nearest loop whose repeated part (body, condition, increment) holds the node, within its member.</summary>
    public static StatementSyntax? LoopOf(SyntaxNode node)
    {
        for (SyntaxNode? child = node, parent = node.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is MemberDeclarationSyntax or LocalFunctionStatementSyntax)
            {
                return null;
            }

            var repeated = parent switch
            {
                ForEachStatementSyntax f => child == f.Statement,
                ForEachVariableStatementSyntax f => child == f.Statement,
                ForStatementSyntax f => child == f.Statement || child == f.Condition || f.Incrementors.Contains(child),
                WhileStatementSyntax w => child == w.Statement || child == w.Condition,
                DoStatementSyntax d => child == d.Statement || child == d.Condition,
                _ => false,
            };
            if (repeated)
            {
                return (StatementSyntax)parent;
            }
        }

        return null;
    }

    public static bool InLoop(SyntaxNode node) => LoopOf(node) is not null;

    /// <summary>The statement (or member) that holds the node: where a finding is reported.</summary>
    public static SyntaxNode StatementOf(SyntaxNode node) =>
        node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax and not BlockSyntax || n is MemberDeclarationSyntax) ?? node;

    /// <summary>The name of the enclosing method, local function or property, for messages.</summary>
    public static string MemberName(SyntaxNode node) => node.AncestorsAndSelf().Select(n => n switch
    {
        MethodDeclarationSyntax m => m.Identifier.ValueText,
        LocalFunctionStatementSyntax l => l.Identifier.ValueText,
        ConstructorDeclarationSyntax c => c.Identifier.ValueText,
        PropertyDeclarationSyntax p => p.Identifier.ValueText,
        _ => null,
    }).FirstOrDefault(n => n is not null) ?? "<top level>";

    /// <summary>True when an identifier, member or variable name suggests the value is a secret or security token.</summary>
    public static bool LooksSecurityRelated(string text) => SecretCatalogue.IsSecretName(text);

    public static bool ContainsAny(string text, params string[] words) =>
        words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>The innermost enclosing type declaration's symbol.</summary>
    public static INamedTypeSymbol? TypeOfDeclaration(SyntaxNode node, SemanticModel model) =>
        node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is { } d ? model.GetDeclaredSymbol(d) : null;

    public static bool HasModifier(MemberDeclarationSyntax member, SyntaxKind kind) => member.Modifiers.Any(kind);
}
