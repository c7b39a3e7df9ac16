using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// Credential sinks in field and property initializers, which no method's flow covers: a literal key or
/// certificate there (<c>X509Certificate2 Cert { get; } = new(Convert.FromBase64String("MII…"))</c>) is hard-coded.
/// </summary>
internal static class InitializerSinks
{
    public static IEnumerable<TaintHit> Of(EqualsValueClauseSyntax initializer, SemanticModel model, CancellationToken cancellationToken)
    {
        if (initializer.Parent is not (VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } or PropertyDeclarationSyntax)
            || !initializer.Value.DescendantNodesAndSelf().Any(n => n is BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax)
            || model.GetOperation(initializer, cancellationToken) is not { } root)
        {
            yield break;
        }

        foreach (var operation in root.DescendantsAndSelf())
        {
            var (method, receiverType, arguments) = operation switch
            {
                IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Type, creation.Arguments),
                IInvocationOperation call => (call.TargetMethod, call.Instance?.Type, call.Arguments),
                _ => ((IMethodSymbol?)null, (ITypeSymbol?)null, ImmutableArray<IArgumentOperation>.Empty),
            };
            if (method is null)
            {
                continue;
            }

            foreach (var spec in SinkCatalog.ForMethod(method, receiverType).Where(s => s.Kind == SinkKinds.Credential && !s.NeedsPasswordText))
            {
                if (arguments.Any(a => a.Parameter is { } p && spec.Parameters.Contains(p.Name) && a.Value.Syntax is ExpressionSyntax value && LiteralInitializer.Holds(value, model)))
                {
                    yield return new TaintHit(SinkKinds.Credential, spec.What, operation.Syntax.GetLocation(), TaintValue.FromLiteral, null);
                }
            }
        }
    }
}
