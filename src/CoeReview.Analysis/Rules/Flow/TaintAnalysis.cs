using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Flow;

/// <summary>
/// In-method data flow: which locals carry a public method's parameters or request data, through
/// assignments, concatenation, interpolation, formatting and StringBuilder appends, and which were
/// vouched for by a guard (allow-list, IsLocalUrl, prefix check) or cleaned by a sanitiser. Variables
/// are tracked by name and flow-insensitively, so it works when symbols do not resolve.
/// </summary>
internal sealed class TaintAnalysis
{
    private static readonly HashSet<string> s_appenders = new(StringComparer.Ordinal)
    {
        "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "Add", "AddRange", "Push", "Enqueue",
    };

    private readonly SemanticModel _model;
    private readonly Dictionary<string, List<(ExpressionSyntax Value, bool Built)>> _defs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaintLevel> _parameters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _guarded = new(StringComparer.Ordinal);

    public TaintAnalysis(SyntaxNode member, SemanticModel model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        _model = model ?? throw new ArgumentNullException(nameof(model));
        if (member is BaseMethodDeclarationSyntax method)
        {
            AddParameters(method.ParameterList.Parameters, RequestSources.LevelOf(method, model));
        }

        foreach (var node in member.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            Collect(node);
        }
    }

    /// <summary>True when the method takes parameters the caller or a request controls.</summary>
    public bool HasSources => _parameters.Count > 0;

    /// <summary>Where the value of the expression may come from, for a sink of the given kind.</summary>
    public Taint Of(ExpressionSyntax expression, SinkKind kind)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return Of(expression, kind, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>True when the variable was checked by an allow-list, IsLocalUrl, a prefix check or a pattern before use.</summary>
    public bool IsGuarded(string name) => _guarded.Contains(name);

    private void AddParameters(SeparatedSyntaxList<ParameterSyntax> parameters, TaintLevel level)
    {
        foreach (var p in parameters)
        {
            var own = RequestSources.IsModelBound(p) ? TaintLevel.Request : level;
            if (own == TaintLevel.None || IsScalarParameter(p))
            {
                continue;
            }

            _parameters[p.Identifier.ValueText] = own;
        }
    }

    private bool IsScalarParameter(ParameterSyntax p)
    {
        if (p.Type is PredefinedTypeSyntax { Keyword.ValueText: not ("string" or "object") })
        {
            return true;
        }

        return _model.GetDeclaredSymbol(p) is { } symbol && CodeFacts.IsScalar(symbol.Type);
    }

    private void Collect(SyntaxNode node)
    {
        switch (node)
        {
            case VariableDeclaratorSyntax { Initializer.Value: var value } v:
                AddDef(v.Identifier.ValueText, value, false);
                break;
            case AssignmentExpressionSyntax a when TargetName(a.Left) is { } name:
                AddDef(name, a.Right, a.IsKind(SyntaxKind.AddAssignmentExpression) || a.IsKind(SyntaxKind.CoalesceAssignmentExpression));
                break;
            case ForEachStatementSyntax f:
                AddDef(f.Identifier.ValueText, f.Expression, false);
                break;
            case IsPatternExpressionSyntax { Pattern: DeclarationPatternSyntax { Designation: SingleVariableDesignationSyntax d } } ip:
                AddDef(d.Identifier.ValueText, ip.Expression, false);
                break;
            case DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax d, Parent: ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } }:
                AddDef(d.Identifier.ValueText, call, false);
                break;
            case InvocationExpressionSyntax call:
                CollectCall(call);
                break;
            case ParenthesizedLambdaExpressionSyntax lambda when RequestSources.IsRouteHandler(lambda):
                AddParameters(lambda.ParameterList.Parameters, TaintLevel.Request);
                break;
        }
    }

    private void CollectCall(InvocationExpressionSyntax call)
    {
        var name = CodeFacts.NameOf(call);
        if (name is null)
        {
            return;
        }

        if (s_appenders.Contains(name) && CodeFacts.ReceiverOf(call) is IdentifierNameSyntax receiver)
        {
            foreach (var arg in call.ArgumentList.Arguments)
            {
                AddDef(receiver.Identifier.ValueText, arg.Expression, true);
            }
        }

        if (Sanitizers.Guards.Contains(name) && IsInCondition(call))
        {
            foreach (var id in call.ArgumentList.Arguments.Select(a => a.Expression).Append(CodeFacts.ReceiverOf(call)).OfType<IdentifierNameSyntax>())
            {
                _guarded.Add(id.Identifier.ValueText);
            }

            // Guarding a member (request.Url, uri.Host) vouches for the variable it belongs to.
            if (CodeFacts.ReceiverOf(call) is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner } && name is "StartsWith" or "Equals" or "Contains" or "IsBaseOf")
            {
                _guarded.Add(owner.Identifier.ValueText);
            }

            foreach (var arg in call.ArgumentList.Arguments.Select(a => a.Expression).OfType<MemberAccessExpressionSyntax>())
            {
                if (arg.Expression is IdentifierNameSyntax argOwner)
                {
                    _guarded.Add(argOwner.Identifier.ValueText);
                }
            }
        }
    }

    private static bool IsInCondition(SyntaxNode node) => node.Ancestors().TakeWhile(a => a is not StatementSyntax || a is IfStatementSyntax or WhileStatementSyntax)
        .Any(a => a is IfStatementSyntax or ConditionalExpressionSyntax or WhenClauseSyntax or WhileStatementSyntax
            || a is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax guard } && CodeFacts.NameOf(guard) is "Assert" or "ThrowIf" or "Requires");

    private static string? TargetName(ExpressionSyntax left) => left switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var n } => n.Identifier.ValueText,
        _ => null,
    };

    private void AddDef(string name, ExpressionSyntax value, bool built)
    {
        if (!_defs.TryGetValue(name, out var list))
        {
            _defs[name] = list = [];
        }

        list.Add((value, built));
    }

    private Taint Of(ExpressionSyntax e, SinkKind kind, HashSet<string> visiting)
    {
        switch (e)
        {
            case LiteralExpressionSyntax or TypeOfExpressionSyntax or DefaultExpressionSyntax or LambdaExpressionSyntax:
                return Taint.None;
            case ParenthesizedExpressionSyntax p:
                return Of(p.Expression, kind, visiting);
            case AwaitExpressionSyntax a:
                return Of(a.Expression, kind, visiting);
            case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } p:
                return Of(p.Operand, kind, visiting);
            case IdentifierNameSyntax id:
                return OfName(id, kind, visiting);
        }

        if (CodeFacts.IsConstant(e, _model) || CodeFacts.IsScalar(CodeFacts.TypeOf(e, _model)))
        {
            return Taint.None;
        }

        return e switch
        {
            MemberAccessExpressionSyntax m when m.Name.Identifier.ValueText == "Request" => new Taint(TaintLevel.Request, false),
            MemberAccessExpressionSyntax m when m.Name.Identifier.ValueText is "Length" or "Count" => Taint.None,
            MemberAccessExpressionSyntax m => Of(m.Expression, kind, visiting),
            ElementAccessExpressionSyntax el => Of(el.Expression, kind, visiting),
            ConditionalAccessExpressionSyntax ca => Taint.Max(Of(ca.Expression, kind, visiting), Of(ca.WhenNotNull, kind, visiting)),
            MemberBindingExpressionSyntax => Taint.None,
            InvocationExpressionSyntax call => OfCall(call, kind, visiting),
            BaseObjectCreationExpressionSyntax creation => Args(creation.ArgumentList, kind, visiting),
            BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression) => Taint.Max(Of(b.Left, kind, visiting), Of(b.Right, kind, visiting)).AsBuilt(),
            BinaryExpressionSyntax b when b.IsKind(SyntaxKind.CoalesceExpression) => Taint.Max(Of(b.Left, kind, visiting), Of(b.Right, kind, visiting)),
            InterpolatedStringExpressionSyntax s => s.Contents.OfType<InterpolationSyntax>()
                .Aggregate(Taint.None, (t, i) => Taint.Max(t, Of(i.Expression, kind, visiting))).AsBuilt(),
            ConditionalExpressionSyntax c => Taint.Max(Of(c.WhenTrue, kind, visiting), Of(c.WhenFalse, kind, visiting)),
            CastExpressionSyntax c => Of(c.Expression, kind, visiting),
            SwitchExpressionSyntax s => s.Arms.Aggregate(Taint.None, (t, a) => Taint.Max(t, Of(a.Expression, kind, visiting))),
            _ => Taint.None,
        };
    }

    private Taint OfName(IdentifierNameSyntax id, SinkKind kind, HashSet<string> visiting)
    {
        var name = id.Identifier.ValueText;
        if (_guarded.Contains(name) || CodeFacts.IsConstant(id, _model))
        {
            return Taint.None;
        }

        if (name == "Request" || (name == "request" && RequestSources.IsRequestType(CodeFacts.TypeOf(id, _model))))
        {
            return new Taint(TaintLevel.Request, false);
        }

        var taint = _parameters.TryGetValue(name, out var level) ? new Taint(level, false) : Taint.None;
        if (_defs.TryGetValue(name, out var defs) && visiting.Add(name))
        {
            foreach (var (value, built) in defs)
            {
                var t = Of(value, kind, visiting);
                taint = Taint.Max(taint, built ? t.AsBuilt() : t);
            }

            visiting.Remove(name);
        }

        return CodeFacts.IsScalar(CodeFacts.TypeOf(id, _model)) ? Taint.None : taint;
    }

    private Taint OfCall(InvocationExpressionSyntax call, SinkKind kind, HashSet<string> visiting)
    {
        var name = CodeFacts.NameOf(call) ?? "";
        if (Sanitizers.Cleans(name, kind) || Sanitizers.YieldsScalar(name))
        {
            return Taint.None;
        }

        if (name == "ReadLine" && CodeFacts.ReceiverName(call) == "Console" || name == "GetCommandLineArgs")
        {
            return new Taint(TaintLevel.Request, false);
        }

        var receiver = CodeFacts.ReceiverOf(call);
        var fromReceiver = receiver is null || _model.GetSymbolInfo(receiver).Symbol is ITypeSymbol ? Taint.None : Of(receiver, kind, visiting);
        var taint = Taint.Max(fromReceiver, Args(call.ArgumentList, kind, visiting));
        return name is "Format" or "Concat" or "Join" or "Replace" or "AppendFormat" ? taint.AsBuilt() : taint;
    }

    private Taint Args(ArgumentListSyntax? args, SinkKind kind, HashSet<string> visiting) =>
        args is null ? Taint.None : args.Arguments.Aggregate(Taint.None, (t, a) => Taint.Max(t, Of(a.Expression, kind, visiting)));
}
