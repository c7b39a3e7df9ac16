using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Performance;

/// <summary>
/// A parameter or local typed IEnumerable&lt;T&gt; enumerated twice or more in one method (foreach,
/// Count, Any, First, ToList, ...): a lazy query or an iterator then runs again each time. NetAnalyzers'
/// CA1851 finds this too but costs more than all its other rules together, so this cheaper check runs instead.
/// </summary>
internal sealed class MultipleEnumerationRule : ICodeRule
{
    private static readonly HashSet<string> s_enumerating = new(StringComparer.Ordinal)
    {
        "Count", "LongCount", "Any", "All", "First", "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault", "ToList", "ToArray",
        "ToDictionary", "ToHashSet", "ToLookup", "Sum", "Max", "Min", "Average", "Contains", "ElementAt", "ElementAtOrDefault", "Aggregate", "SequenceEqual",
    };

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CoeRules.MultipleEnumeration];

    public void Analyze(RuleContext context)
    {
        foreach (var body in context.Nodes().Where(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax))
        {
            var uses = new Dictionary<ISymbol, List<SyntaxNode>>(SymbolEqualityComparer.Default);
            foreach (var id in body.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (EnumerationOf(id) is not { } use || context.Model.GetSymbolInfo(id).Symbol is not { } symbol || !IsLazySequence(symbol))
                {
                    continue;
                }

                if (!uses.TryGetValue(symbol, out var list))
                {
                    uses[symbol] = list = [];
                }

                list.Add(use);
            }

            foreach (var (symbol, list) in uses.Where(u => u.Value.Count >= 2))
            {
                context.Report(CoeRules.MultipleEnumeration, CodeFacts.StatementOf(list[1]),
                    $"'{symbol.Name}' is an IEnumerable enumerated again here, so a lazy query or iterator behind it runs once per enumeration.",
                    $"Materialize it once before the first use (var items = {symbol.Name}.ToList();) or take IReadOnlyCollection.", 0.8);
            }
        }
    }

    // foreach (x in id) or id.Count()/id.Any()/... (not inside a lambda that may never run).
    private static SyntaxNode? EnumerationOf(IdentifierNameSyntax id)
    {
        if (id.Parent is ForEachStatementSyntax f && f.Expression == id)
        {
            return f;
        }

        if (id.Parent is MemberAccessExpressionSyntax m && m.Expression == id && m.Parent is InvocationExpressionSyntax call
            && s_enumerating.Contains(m.Name.Identifier.ValueText) && !id.Ancestors().Any(a => a is LambdaExpressionSyntax))
        {
            return call;
        }

        return null;
    }

    private static bool IsLazySequence(ISymbol symbol)
    {
        var type = symbol switch
        {
            IParameterSymbol p => p.Type,
            ILocalSymbol l => l.Type,
            _ => null,
        };
        return type is INamedTypeSymbol { Name: "IEnumerable", IsGenericType: true, ContainingNamespace: { } ns } && ns.ToDisplayString() == "System.Collections.Generic";
    }
}
