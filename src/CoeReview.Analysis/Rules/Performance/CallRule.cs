using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Performance;

/// <summary>Sync over async (.Result, .Wait(), GetAwaiter().GetResult()), Regex and HttpClient built per call, and Count() compared with zero.</summary>
internal sealed class CallRule : ICodeRule
{
    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CoeRules.SyncOverAsync, CoeRules.RegexPerCall, CoeRules.HttpClientPerCall, CoeRules.CountVsAny];

    public void Analyze(RuleContext context)
    {
        foreach (var node in context.Nodes())
        {
            switch (node)
            {
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } m when IsTask(m.Expression, context) && !AlreadyAwaited(m, context):
                    ReportBlocking(context, m, ".Result");
                    break;
                case InvocationExpressionSyntax call when CodeFacts.NameOf(call) == "Wait" && call.ArgumentList.Arguments.Count == 0
                                                          && CodeFacts.ReceiverOf(call) is { } r && IsTask(r, context):
                    ReportBlocking(context, call, ".Wait()");
                    break;
                case InvocationExpressionSyntax call when CodeFacts.NameOf(call) == "GetResult" && CodeFacts.ReceiverOf(call) is InvocationExpressionSyntax inner
                                                          && CodeFacts.NameOf(inner) == "GetAwaiter":
                    ReportBlocking(context, call, ".GetAwaiter().GetResult()");
                    break;
                case BaseObjectCreationExpressionSyntax creation when CodeFacts.CreatedTypeName(creation, context.Model) is { } type:
                    CheckCreation(context, creation, type);
                    break;
                case BinaryExpressionSyntax b when CountComparedWithZero(b, context) is { } count:
                    context.Report(CoeRules.CountVsAny, CodeFacts.StatementOf(b),
                        "Count() enumerates every element just to compare with zero; Any() stops at the first one.",
                        b.ToString().Replace(b.ToString(), Negated(b) ? "!" + count + ".Any()" : count + ".Any()", StringComparison.Ordinal), 0.85);
                    break;
            }
        }
    }

    private static void ReportBlocking(RuleContext context, SyntaxNode at, string how)
    {
        var inAsync = at.Ancestors().OfType<MethodDeclarationSyntax>().FirstOrDefault()?.Modifiers.Any(SyntaxKind.AsyncKeyword) == true;
        context.Report(CoeRules.SyncOverAsync, CodeFacts.StatementOf(at),
            $"{how} blocks a thread until the task finishes, which starves the thread pool and can deadlock under a synchronization context.",
            inAsync ? "await the task instead." : "Make the caller async and await the task.", 0.9);
    }

    private static bool IsTask(ExpressionSyntax e, RuleContext context)
    {
        if (CodeFacts.TypeOf(e, context.Model) is { } type)
        {
            return type.Name is "Task" or "ValueTask" && type.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";
        }

        // Unresolved: an ...Async(...) call is a task by convention.
        return e is InvocationExpressionSyntax call && CodeFacts.NameOf(call)?.EndsWith("Async", StringComparison.Ordinal) == true;
    }

    // task.Result after `await task` or `await Task.WhenAll(...task...)` does not block.
    private static bool AlreadyAwaited(MemberAccessExpressionSyntax m, RuleContext context)
    {
        if (m.Expression is not IdentifierNameSyntax id)
        {
            return false;
        }

        var body = m.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or CompilationUnitSyntax);
        return body?.DescendantNodes().OfType<AwaitExpressionSyntax>().Any(a => a.SpanStart < m.SpanStart
            && a.Expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == id.Identifier.ValueText)) == true;
    }

    private static void CheckCreation(RuleContext context, BaseObjectCreationExpressionSyntax creation, string type)
    {
        var inMethod = creation.Ancestors().Any(a => a is BaseMethodDeclarationSyntax { Body: not null } or BaseMethodDeclarationSyntax { ExpressionBody: not null }
            or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or GlobalStatementSyntax);
        var inConstructorOrStatic = creation.Ancestors().Any(a => a is ConstructorDeclarationSyntax || a is FieldDeclarationSyntax
            || a is PropertyDeclarationSyntax { Initializer: not null }) || AssignedToField(creation, context);
        if (!inMethod || inConstructorOrStatic)
        {
            return;
        }

        if (type == "Regex" && creation.ArgumentList?.Arguments.Count > 0 && CodeFacts.IsConstant(creation.ArgumentList.Arguments[0].Expression, context.Model))
        {
            var loop = CodeFacts.InLoop(creation) ? " on every iteration" : " on every call";
            context.Report(CoeRules.RegexPerCall, CodeFacts.StatementOf(creation),
                $"This Regex has a constant pattern but is parsed and built{loop}.",
                "Make it a static readonly field, or a [GeneratedRegex] partial method.", 0.9);
        }
        else if (type == "HttpClient" && !IsFactory(creation)
                 && !creation.Ancestors().Any(a => a is InvocationExpressionSyntax i && CodeFacts.NameOf(i) is "AddSingleton" or "TryAddSingleton"))
        {
            context.Report(CoeRules.HttpClientPerCall, CodeFacts.StatementOf(creation),
                "A new HttpClient per call opens new connections each time and can exhaust sockets under load.",
                "Inject IHttpClientFactory (or a typed client), or reuse one static HttpClient.", 0.9);
        }
    }

    // A method that builds and returns the client is a factory: whoever calls it decides how often.
    private static bool IsFactory(SyntaxNode creation) =>
        creation.Parent is ReturnStatementSyntax or ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax or LocalFunctionStatementSyntax };

    private static bool AssignedToField(SyntaxNode creation, RuleContext context) =>
        creation.Parent is AssignmentExpressionSyntax a && context.Model.GetSymbolInfo(a.Left).Symbol is IFieldSymbol or IPropertySymbol
        || creation.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var n } } && n.StartsWith('_')
        || creation.Parent is AssignmentExpressionSyntax { Right: var right, Parent: not null } && right == creation && creation.Parent.IsKind(SyntaxKind.CoalesceAssignmentExpression);

    private static string? CountComparedWithZero(BinaryExpressionSyntax b, RuleContext context)
    {
        var (call, zero) = (b.Left, b.Right) switch
        {
            (InvocationExpressionSyntax l, var r) => (l, r),
            (var l, InvocationExpressionSyntax r) => (r, l),
            _ => (null, null),
        };
        if (call is null || zero is null || CodeFacts.NameOf(call) != "Count" || call.ArgumentList.Arguments.Count != 0 || CodeFacts.ReceiverOf(call) is not { } receiver)
        {
            return null;
        }

        if (context.Model.GetConstantValue(zero).Value is not int value || value is not (0 or 1))
        {
            return null;
        }

        // With symbols, NetAnalyzers' CA1827/CA1829 cover this; we speak when the receiver does not resolve.
        if (CodeFacts.TypeOf(receiver, context.Model) is not null)
        {
            return null;
        }

        var ok = b.Kind() switch
        {
            SyntaxKind.GreaterThanExpression or SyntaxKind.NotEqualsExpression or SyntaxKind.EqualsExpression => value == 0,
            SyntaxKind.GreaterThanOrEqualExpression => value == 1 && b.Left == call,
            _ => false,
        };
        return ok ? receiver.ToString() : null;
    }

    private static bool Negated(BinaryExpressionSyntax b) => b.IsKind(SyntaxKind.EqualsExpression);
}
