using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Performance;

/// <summary>
/// Work repeated per iteration that should happen once: string +=, linear searches over a collection
/// declared outside the loop (O(n·m)), database queries (N+1), Parse inside try/catch, boxing, and
/// capturing lambdas in nested loops.
/// </summary>
internal sealed class LoopRule : ICodeRule
{
    private static readonly HashSet<string> s_searches = new(StringComparer.Ordinal)
    {
        "Contains", "FirstOrDefault", "First", "Where", "Any", "IndexOf", "Find", "FindIndex", "Exists", "SingleOrDefault", "Single", "Count", "LastOrDefault",
    };

    private static readonly HashSet<string> s_queries = new(StringComparer.Ordinal)
    {
        "FirstOrDefaultAsync", "FirstAsync", "SingleOrDefaultAsync", "SingleAsync", "ToListAsync", "ToArrayAsync", "CountAsync", "AnyAsync", "FindAsync",
        "LoadAsync", "ExecuteReader", "ExecuteScalar", "ExecuteNonQuery", "ExecuteReaderAsync", "ExecuteScalarAsync", "ExecuteNonQueryAsync", "SaveChanges", "SaveChangesAsync",
        "Query", "QueryAsync", "QueryFirstOrDefault", "QueryFirstOrDefaultAsync", "QuerySingle", "QuerySingleAsync", "ExecuteSqlRaw", "ExecuteSqlRawAsync",
    };

    public IReadOnlyList<RuleDescriptor> Rules { get; } =
        [CoeRules.ConcatInLoop, CoeRules.QuadraticSearch, CoeRules.NPlusOne, CoeRules.ExceptionControlFlow, CoeRules.BoxingInLoop, CoeRules.ClosureInLoop];

    public void Analyze(RuleContext context)
    {
        foreach (var node in context.Nodes())
        {
            if (CodeFacts.LoopOf(node) is not { } loop)
            {
                continue;
            }

            switch (node)
            {
                case AssignmentExpressionSyntax a when a.IsKind(SyntaxKind.AddAssignmentExpression) && IsString(a.Left, context) && DeclaredOutside(a.Left, loop, context):
                    context.Report(CoeRules.ConcatInLoop, CodeFacts.StatementOf(a),
                        $"'{a.Left}' += copies the whole string on every iteration, which is quadratic in the number of iterations.",
                        "Collect the parts in a StringBuilder declared before the loop (or use string.Join/string.Concat).", 0.9);
                    break;
                case InvocationExpressionSyntax call when CodeFacts.NameOf(call) is { } name:
                    CheckCall(context, call, name, loop);
                    break;
                case TryStatementSyntax t:
                    CheckParseInTry(context, t);
                    break;
                case LambdaExpressionSyntax lambda when CodeFacts.LoopOf(loop) is not null && Captures(lambda, context):
                    context.Report(CoeRules.ClosureInLoop, CodeFacts.StatementOf(lambda),
                        "This lambda captures locals inside a nested loop, so a closure and a delegate are allocated on every inner iteration.",
                        "Hoist the lookup out of the inner loop (a dictionary or set built once) or use a plain loop.", 0.75);
                    break;
                case ArgumentSyntax arg when IsBoxed(arg.Expression, context):
                    context.Report(CoeRules.BoxingInLoop, CodeFacts.StatementOf(arg),
                        $"'{arg.Expression}' is a value type passed as object here, so it is boxed (a heap allocation) on every iteration.",
                        null, 0.8);
                    break;
            }
        }
    }

    private static void CheckCall(RuleContext context, InvocationExpressionSyntax call, string name, StatementSyntax loop)
    {
        var receiver = CodeFacts.ReceiverOf(call);
        if (s_queries.Contains(name) && IsQueryReceiver(receiver, name, context))
        {
            context.Report(CoeRules.NPlusOne, CodeFacts.StatementOf(call),
                $"{name} runs a database round trip on every iteration (N+1 queries).",
                "Load what the loop needs with one query before it (Where(x => ids.Contains(x.Id)), Include, or a join) and look it up in memory.", 0.85);
        }
        else if (s_searches.Contains(name) && receiver is not null && IsLinearCollection(receiver, context) && DeclaredOutside(receiver, loop, context)
                 && !IsLoopSource(receiver, loop))
        {
            context.Report(CoeRules.QuadraticSearch, CodeFacts.StatementOf(call),
                $"{receiver}.{name} scans the whole collection on every iteration of the loop, which makes it O(n·m).",
                $"Build a HashSet or Dictionary from {receiver} once before the loop and look items up in it.", 0.85);
        }
    }

    private static bool IsString(ExpressionSyntax e, RuleContext context)
    {
        if (CodeFacts.TypeOf(e, context.Model) is { } type)
        {
            return type.SpecialType == SpecialType.System_String;
        }

        return false;
    }

    // A local declared in the loop restarts each iteration; fields, parameters and outer locals accumulate.
    private static bool DeclaredOutside(ExpressionSyntax e, StatementSyntax loop, RuleContext context)
    {
        var root = e;
        while (root is MemberAccessExpressionSyntax m)
        {
            root = m.Expression;
        }

        if (root is not IdentifierNameSyntax id)
        {
            return root is ThisExpressionSyntax;
        }

        var symbol = context.Model.GetSymbolInfo(id).Symbol;
        if (symbol is ILocalSymbol local)
        {
            return local.DeclaringSyntaxReferences.All(r => !loop.Span.Contains(r.Span));
        }

        if (symbol is not null)
        {
            return symbol is IFieldSymbol or IParameterSymbol or IPropertySymbol;
        }

        return !loop.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(v => v.Identifier.ValueText == id.Identifier.ValueText);
    }

    private static bool IsLoopSource(ExpressionSyntax receiver, StatementSyntax loop) =>
        loop is ForEachStatementSyntax f && f.Expression.ToString() == receiver.ToString();

    private static bool IsLinearCollection(ExpressionSyntax receiver, RuleContext context)
    {
        var type = CodeFacts.TypeOf(receiver, context.Model);
        if (type is null)
        {
            return false;
        }

        if (type is IArrayTypeSymbol)
        {
            return receiver is not (ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax);
        }

        return type.Name is "List" or "IList" or "IEnumerable" or "ICollection" or "IReadOnlyList" or "IReadOnlyCollection" or "Collection" or "LinkedList" or "ImmutableArray" or "ImmutableList";
    }

    private static bool IsQueryReceiver(ExpressionSyntax? receiver, string name, RuleContext context)
    {
        if (receiver is null)
        {
            return false;
        }

        var text = receiver.ToString();
        if (CodeFacts.TypeOf(receiver, context.Model) is { } type)
        {
            return CodeFacts.IsOrDerivesFrom(type, "IQueryable", "DbContext", "DbSet", "IDbConnection", "DbCommand", "IDbCommand", "DbConnection");
        }

        // Unresolved (EF Core or Dapper not restored): judge by the names of the chain.
        return name.EndsWith("Async", StringComparison.Ordinal) && (text.Contains("context", StringComparison.OrdinalIgnoreCase) || text.Contains("db", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Set<", StringComparison.Ordinal)) || text.Contains("conn", StringComparison.OrdinalIgnoreCase) || text.Contains("cmd", StringComparison.OrdinalIgnoreCase)
            || text.Contains("command", StringComparison.OrdinalIgnoreCase);
    }

    private static void CheckParseInTry(RuleContext context, TryStatementSyntax t)
    {
        if (!t.Catches.Any(c => c.Declaration is null || c.Declaration.Type.ToString() is "FormatException" or "Exception" or "OverflowException" or "System.FormatException"))
        {
            return;
        }

        foreach (var call in t.Block.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (CodeFacts.NameOf(call) is "Parse" or "ParseExact" && CodeFacts.ReceiverOf(call) is { } r
                && (r is PredefinedTypeSyntax || CodeFacts.NameOfExpression(r) is "Int32" or "Int64" or "Decimal" or "Double" or "DateTime" or "Guid" or "Enum" or "DateTimeOffset" or "TimeSpan"))
            {
                context.Report(CoeRules.ExceptionControlFlow, CodeFacts.StatementOf(call),
                    $"{r}.{CodeFacts.NameOf(call)} inside try/catch in a loop uses exceptions for control flow, and every bad value costs a thrown exception.",
                    $"Use {r}.TryParse(value, out var result) and branch on its result.", 0.9);
                return;
            }
        }
    }

    private static bool Captures(LambdaExpressionSyntax lambda, RuleContext context)
    {
        if (lambda.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            return false;
        }

        var flow = context.Model.AnalyzeDataFlow(lambda);
        return flow is { Succeeded: true } && flow.Captured.Any(s => s is ILocalSymbol or IParameterSymbol);
    }

    private static bool IsBoxed(ExpressionSyntax e, RuleContext context)
    {
        if (e is LiteralExpressionSyntax || e.Parent?.Parent?.Parent is InterpolationSyntax)
        {
            return false;
        }

        var conversion = context.Model.GetConversion(e);
        return conversion.IsBoxing && context.Model.GetTypeInfo(e).ConvertedType?.SpecialType == SpecialType.System_Object
            && e.Parent?.Parent?.Parent is InvocationExpressionSyntax call && CodeFacts.NameOf(call) is not ("WriteLine" or "Write" or "Log" or "LogInformation" or "LogDebug" or "LogWarning" or "LogError" or "Assert");
    }
}
