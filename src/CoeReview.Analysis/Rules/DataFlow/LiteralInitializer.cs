using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// A field or property initializer that holds only the source code's literals: a constant, a byte
/// array or collection of literals, or the bytes of a literal (Convert.FromBase64String("..."),
/// Encoding.UTF8.GetBytes("...")). The usual home of a hard-coded key, and never evaluated as a flow.
/// </summary>
internal static class LiteralInitializer
{
    public static bool Holds(ExpressionSyntax value, SemanticModel model)
    {
        switch (value)
        {
            case ParenthesizedExpressionSyntax or CastExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }:
                return Holds(value.ChildNodes().OfType<ExpressionSyntax>().Last(), model);
            case ArrayCreationExpressionSyntax { Initializer: { } elements }:
                return Elements(elements.Expressions, model);
            case ImplicitArrayCreationExpressionSyntax { Initializer: var elements }:
                return Elements(elements.Expressions, model);
            case InitializerExpressionSyntax elements:
                return Elements(elements.Expressions, model);
            case CollectionExpressionSyntax collection:
                return collection.Elements.Count > 0 && collection.Elements.All(e => e is ExpressionElementSyntax x && Holds(x.Expression, model));
            case InvocationExpressionSyntax call when call.ArgumentList.Arguments.Count > 0:
                // A pure call or a digest of literals is as constant as they are, as the flow analysis reads it.
                return model.GetSymbolInfo(call).Symbol is IMethodSymbol method && (PureCalls.IsPure(method.ContainingType) || PureCalls.IsDigest(method))
                    && call.ArgumentList.Arguments.All(a => Holds(a.Expression, model));
            default:
                return model.GetConstantValue(value) is { HasValue: true, Value: not null and not "" };
        }
    }

    private static bool Elements(SeparatedSyntaxList<ExpressionSyntax> elements, SemanticModel model) =>
        elements.Count > 0 && elements.All(e => Holds(e, model));
}
