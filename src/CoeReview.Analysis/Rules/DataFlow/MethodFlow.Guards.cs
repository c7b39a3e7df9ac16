using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CoeReview.Analysis.Rules.DataFlow;

internal sealed partial class MethodFlow
{
    /// <summary>
    /// The state on one edge of a branch: where the condition held (or failed), a value it checked against
    /// constants or an allow-list is clean for every sink; IsLocalUrl clears redirects; a prefix check
    /// clears paths; an anchored pattern match clears every kind. Only on that edge.
    /// </summary>
    private FlowState Refine(FlowState state, IOperation condition, bool holds)
    {
        var checkedValues = new List<(IOperation Operand, SinkKinds Kinds)>();
        Collect(condition, holds, checkedValues);
        if (checkedValues.Count == 0)
        {
            return state;
        }

        var refined = state.Clone();
        foreach (var (checkedOperand, checkedKinds) in checkedValues)
        {
            // An allow-list of a Uri's host vouches for the Uri as a destination.
            var (operand, kinds) = checkedOperand is IPropertyReferenceOperation { Property.Name: "Host" or "Authority" or "DnsSafeHost" or "IdnHost", Instance: { } uri }
                && TypeNames.Is(uri.Type, "System.Uri") ? (uri, SinkKinds.Url | SinkKinds.Redirect) : (checkedOperand, checkedKinds);
            if (KeyOf(operand) is not { } key)
            {
                continue;
            }

            refined.Set(key, refined.Get(key).Sanitized(kinds));
            if (key is Microsoft.CodeAnalysis.FlowAnalysis.CaptureId id && _aliases.TryGetValue(id, out var alias))
            {
                refined.Set(alias, refined.Get(alias).Sanitized(kinds));
            }
        }

        return refined;
    }

    private void Collect(IOperation condition, bool holds, List<(IOperation, SinkKinds)> found)
    {
        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                Collect(not.Operand, !holds, found);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } equality
                when holds == (equality.OperatorKind == BinaryOperatorKind.Equals):
                AddIfConstantComparison(equality.LeftOperand, equality.RightOperand, found);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when holds:
                Collect(both.LeftOperand, true, found);
                Collect(both.RightOperand, true, found);
                break;
            case IIsPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue.HasValue: true } } pattern when holds:
                found.Add((pattern.Value, SinkKinds.All));
                break;
            case IInvocationOperation call when holds:
                CollectCall(call, found);
                break;
            case IConversionOperation conversion:
                Collect(conversion.Operand, holds, found);
                break;
        }
    }

    private static void AddIfConstantComparison(IOperation left, IOperation right, List<(IOperation, SinkKinds)> found)
    {
        if (right.ConstantValue is { HasValue: true, Value: not null } && !left.ConstantValue.HasValue)
        {
            found.Add((left, SinkKinds.All));
        }
        else if (left.ConstantValue is { HasValue: true, Value: not null } && !right.ConstantValue.HasValue)
        {
            found.Add((right, SinkKinds.All));
        }
    }

    private void CollectCall(IInvocationOperation call, List<(IOperation, SinkKinds)> found)
    {
        var method = call.TargetMethod;
        var args = call.Arguments.Select(a => a.Value).ToList();
        switch (method.Name)
        {
            case "Equals" when call.Instance is not null && args.Count >= 1:
                AddIfConstantComparison(call.Instance, args[0], found);
                break;
            case "Equals" when args.Count >= 2:
                AddIfConstantComparison(args[0], args[1], found);
                break;
            case "Contains" or "ContainsKey" or "ContainsValue" or "TryGetValue" or "IsDefined" when args.Count >= 1 && call.Instance is { } list
                && !TypeNames.Is(list.Type, "System.String"):
                found.Add((args[0], SinkKinds.All));
                break;
            case "Contains" when call.Instance is null && method.IsExtensionMethod && args.Count >= 2:
                found.Add((args[1], SinkKinds.All));
                break;
            case "IsLocalUrl" when args.Count >= 1:
                found.Add((args[^1], SinkKinds.Redirect));
                break;
            case "IsWellFormedUriString" when args.Count >= 2 && args[1].ConstantValue.Value is 2:
                found.Add((args[0], SinkKinds.Redirect));
                break;
            case "StartsWith" when call.Instance is { } path && args.Count >= 1 && !args[0].ConstantValue.HasValue:
                found.Add((path, SinkKinds.Path));
                break;
            case "IsMatch" when args.Count >= 2 && args[1].ConstantValue.Value is string pattern && IsAnchoredAllowList(pattern):
                found.Add((args[0], SinkKinds.All));
                break;
        }
    }

    // ^[a-zA-Z0-9_-]+$ vouches for its input; ^.*$ or an unanchored pattern does not.
    private static bool IsAnchoredAllowList(string pattern) =>
        pattern.StartsWith('^') && (pattern.EndsWith('$') || pattern.EndsWith("\\z", StringComparison.Ordinal)) && !pattern.Contains(".*", StringComparison.Ordinal)
        && !pattern.Contains(".+", StringComparison.Ordinal) && !pattern.Contains("\\s", StringComparison.Ordinal) && !pattern.Contains("|", StringComparison.Ordinal);
}
