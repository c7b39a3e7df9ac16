using CoeReview.Analysis.Rules.Flow;
using CoeReview.Core.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Security;

/// <summary>
/// The fallback for code whose symbols do not resolve (an unrestored project): sinks that only their
/// names identify, with name-based flow inside one method, at low confidence and never as an error.
/// Where the sink's symbol resolves, <see cref="DataFlow.TaintRule"/> decides. Untrusted text reaching a sink: SQL, OS commands, LDAP, XPath, HTML, file paths, redirects and
/// outgoing requests. Built strings (concatenation, interpolation, format) from a public method's
/// parameters, or request data by any route, are flagged on the sink's line unless a sanitiser or a
/// guard (allow-list, IsLocalUrl, canonical-path prefix check) intervened.
/// </summary>
internal sealed class InjectionRule : ICodeRule
{
    private static readonly string[] s_shells = ["sh", "bash", "/bin/sh", "/bin/bash", "zsh", "cmd", "cmd.exe", "powershell", "powershell.exe", "pwsh"];

    public IReadOnlyList<RuleDescriptor> Rules { get; } =
        [CoeRules.SqlInjection, CoeRules.CommandInjection, CoeRules.LdapInjection, CoeRules.XPathInjection, CoeRules.Xss, CoeRules.PathTraversal, CoeRules.OpenRedirect, CoeRules.Ssrf];

    public void Analyze(RuleContext context)
    {
        foreach (var node in context.Nodes())
        {
            if (node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AssignmentExpressionSyntax && Resolves(node, context.Model))
            {
                continue;
            }

            switch (node)
            {
                case InvocationExpressionSyntax call when CodeFacts.NameOf(call) is { } name && SinkOf(call, name, context.Model) is { } sink:
                    Check(context, sink, call, call.ArgumentList, Shell(call.ArgumentList, context.Model));
                    break;
                case BaseObjectCreationExpressionSyntax creation when CodeFacts.CreatedTypeName(creation, context.Model) is { } type
                                                                     && Sinks.ByCreatedType.TryGetValue(type, out var sink):
                    Check(context, sink, creation, creation.ArgumentList, Shell(creation.ArgumentList, context.Model));
                    break;
                case AssignmentExpressionSyntax { Left: var left } assignment when PropertySink(left, assignment, context.Model) is { } sink:
                    CheckValue(context, sink, assignment, assignment.Right, false);
                    break;
            }
        }
    }

    private static bool Resolves(SyntaxNode node, SemanticModel model) =>
        model.GetSymbolInfo(node is AssignmentExpressionSyntax a ? a.Left : node).Symbol is { } symbol && symbol.Kind != SymbolKind.ErrorType
        && (symbol.ContainingType is null || symbol.ContainingType.TypeKind != TypeKind.Error);

    private static Sink? SinkOf(InvocationExpressionSyntax call, string name, SemanticModel model)
    {
        var receiver = CodeFacts.ReceiverOf(call);
        var sink = Sinks.ForCall(name, CodeFacts.NameOfExpression(receiver));
        if (sink is null && receiver is not null && CodeFacts.TypeOf(receiver, model) is { } type)
        {
            sink = Sinks.ForCall(name, type.Name);
        }

        return sink;
    }

    private static Sink? PropertySink(ExpressionSyntax left, AssignmentExpressionSyntax assignment, SemanticModel model)
    {
        var property = CodeFacts.NameOfExpression(left);
        var owner = OwnerTypeName(left, assignment, model) ?? "";
        return property switch
        {
            "CommandText" => new Sink(SinkKind.Sql, CoeRules.SqlInjection, "CommandText", []),
            "Arguments" or "FileName" when owner.Contains("StartInfo", StringComparison.OrdinalIgnoreCase) || owner.Contains("psi", StringComparison.OrdinalIgnoreCase)
                => new Sink(SinkKind.Command, CoeRules.CommandInjection, "ProcessStartInfo." + property, []),
            "Filter" when owner.Contains("Searcher", StringComparison.OrdinalIgnoreCase) || owner.Contains("SearchRequest", StringComparison.OrdinalIgnoreCase)
                => new Sink(SinkKind.Ldap, CoeRules.LdapInjection, "DirectorySearcher.Filter", []),
            "Path" when owner.Contains("DirectoryEntry", StringComparison.OrdinalIgnoreCase) => new Sink(SinkKind.Ldap, CoeRules.LdapInjection, "DirectoryEntry.Path", []),
            _ => null,
        };
    }

    // The type (or variable name) a property belongs to: the object initializer's created type, else the receiver.
    private static string? OwnerTypeName(ExpressionSyntax left, AssignmentExpressionSyntax assignment, SemanticModel model)
    {
        if (assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation })
        {
            return CodeFacts.CreatedTypeName(creation, model);
        }

        if (left is MemberAccessExpressionSyntax m)
        {
            return CodeFacts.TypeOf(m.Expression, model)?.Name ?? CodeFacts.NameOfExpression(m.Expression);
        }

        return null;
    }

    private static void Check(RuleContext context, Sink sink, SyntaxNode at, ArgumentListSyntax? args, bool shell)
    {
        if (args is null)
        {
            return;
        }

        foreach (var index in sink.Arguments)
        {
            if (index < args.Arguments.Count && CheckValue(context, sink, at, args.Arguments[index].Expression, shell))
            {
                return;
            }
        }
    }

    private static bool CheckValue(RuleContext context, Sink sink, SyntaxNode at, ExpressionSyntax value, bool shell)
    {
        if (CodeFacts.IsConstant(value, context.Model))
        {
            return false;
        }

        var taint = context.TaintAt(at).Of(value, sink.Kind);
        if (!Dangerous(sink, taint, shell, value, context))
        {
            return false;
        }

        var origin = taint.Level == TaintLevel.Request ? "request data" : "a public method's parameter";
        var how = taint.Built ? " by concatenation, interpolation or formatting" : "";
        var statement = CodeFacts.StatementOf(at);
        context.Report(sink.Rule, statement.GetLocation(), Message(sink, origin, how), Suggestion(sink, statement), taint.Level == TaintLevel.Request ? 0.5 : 0.4, Severity.Warning);
        return true;
    }

    private static bool Dangerous(Sink sink, Taint taint, bool shell, ExpressionSyntax value, RuleContext context) => sink.Kind switch
    {
        _ when !taint.IsTainted => false,
        SinkKind.Sql or SinkKind.Ldap or SinkKind.XPath => taint.Built || taint.Level == TaintLevel.Request,
        SinkKind.Command => shell || taint.Built || taint.Level == TaintLevel.Request,
        SinkKind.Path => taint.Level == TaintLevel.Request || JoinsUnderRoot(value, context),
        _ => taint.Level == TaintLevel.Request,
    };

    // Path.Combine(root, name) with a trusted root and a caller-supplied name: the code means to stay under root.
    private static bool JoinsUnderRoot(ExpressionSyntax value, RuleContext context)
    {
        var candidates = new List<ExpressionSyntax> { value };
        if (value is IdentifierNameSyntax id)
        {
            candidates.AddRange(context.Root.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                .Where(v => v.Identifier.ValueText == id.Identifier.ValueText && v.Initializer is not null).Select(v => v.Initializer!.Value));
        }

        var taint = context.TaintAt(value);
        return candidates.SelectMany(c => c.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            .Any(c => CodeFacts.NameOf(c) is "Combine" or "Join" && CodeFacts.ReceiverName(c) == "Path" && c.ArgumentList.Arguments.Count >= 2
                && !taint.Of(c.ArgumentList.Arguments[0].Expression, SinkKind.Path).IsTainted
                && c.ArgumentList.Arguments.Skip(1).Any(a => taint.Of(a.Expression, SinkKind.Path).IsTainted));
    }

    private static bool Shell(ArgumentListSyntax? args, SemanticModel model) =>
        args is { Arguments.Count: >= 2 } && model.GetConstantValue(args.Arguments[0].Expression).Value is string file
        && s_shells.Contains(file.ToLowerInvariant(), StringComparer.Ordinal);

    private static string Message(Sink sink, string origin, string how) => sink.Kind switch
    {
        SinkKind.Sql => $"SQL text built from {origin}{how} reaches {sink.What}, so a caller can change the query (SQL injection).",
        SinkKind.Command => $"The command line passed to {sink.What} comes from {origin}{how}, so a caller can run other programs or arguments (command injection).",
        SinkKind.Ldap => $"The LDAP filter or path for {sink.What} is built from {origin}{how} without escaping (LDAP injection).",
        SinkKind.XPath => $"The XPath expression for {sink.What} is built from {origin}{how}, so a caller can change the query (XPath injection).",
        SinkKind.Html => $"{sink.What} writes {origin} into the page without HTML encoding (cross-site scripting).",
        SinkKind.Path => $"The path given to {sink.What} comes from {origin} with no canonical-path check, so '../' can escape the folder (path traversal).",
        SinkKind.Redirect => $"{sink.What} sends the user to a URL taken from {origin} without checking it is local (open redirect).",
        _ => $"{sink.What} requests a URL taken from {origin}, so a caller can make the server reach internal hosts (SSRF).",
    };

    private static string? Suggestion(Sink sink, SyntaxNode statement)
    {
        var text = statement.ToString();
        return sink.Kind switch
        {
            SinkKind.Sql when text.Contains("FromSqlRaw($", StringComparison.Ordinal) => text.Replace("FromSqlRaw($", "FromSql($", StringComparison.Ordinal),
            SinkKind.Sql when text.Contains("ExecuteSqlRaw($", StringComparison.Ordinal) => text.Replace("ExecuteSqlRaw($", "ExecuteSql($", StringComparison.Ordinal),
            SinkKind.Sql when text.Contains("ExecuteSqlRawAsync($", StringComparison.Ordinal) => text.Replace("ExecuteSqlRawAsync($", "ExecuteSqlAsync($", StringComparison.Ordinal),
            SinkKind.Sql => "Keep the SQL constant with @parameters and pass the values as parameters.",
            SinkKind.Html => "Encode the value first, e.g. HtmlEncoder.Default.Encode(value).",
            SinkKind.Path => "Use Path.GetFileName(name), or check Path.GetFullPath(path).StartsWith(root) before using it.",
            SinkKind.Redirect => "Use LocalRedirect(url), or check Url.IsLocalUrl(url) first.",
            SinkKind.Command => "Pass arguments through ProcessStartInfo.ArgumentList, never through a shell, and check them against an allow-list.",
            _ => null,
        };
    }
}
