using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>
/// A name for a member or type that is the same in every compilation that sees it: a test project
/// sees the library through a compilation reference (or a DLL), so its symbols are other objects than
/// the library's own, and SymbolEqualityComparer cannot match them. The documentation comment ID of
/// the definition, with the assembly's name, can.
/// </summary>
internal static class SymbolKey
{
    /// <summary>The key of the symbol's definition (not a generic instance, not an extension method's reduced form); null for symbols without an ID (locals, lambdas).</summary>
    public static string? Of(ISymbol? symbol)
    {
        var definition = symbol is IMethodSymbol method ? Definition(method) : symbol?.OriginalDefinition;
        if (definition?.GetDocumentationCommentId() is not { } id)
        {
            return null;
        }

        return (definition.ContainingAssembly?.Name ?? "") + "|" + id;
    }

    /// <summary>The declaration a call of the method binds to: the unreduced, unconstructed method, and a partial method's declaring part.</summary>
    public static IMethodSymbol Definition(IMethodSymbol method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        return definition.PartialDefinitionPart ?? definition;
    }
}
