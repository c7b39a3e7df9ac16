using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CoeReview.Analysis.Rules.DataFlow;

internal sealed partial class MethodFlow
{
    private TaintValue Eval(IOperation? op, FlowState s)
    {
        if (op is null)
        {
            return TaintValue.Clean;
        }

        if (op.ConstantValue.HasValue && op is not IFlowCaptureReferenceOperation)
        {
            return op.ConstantValue.Value is null or "" ? TaintValue.Clean : TaintValue.FromLiteral;
        }

        switch (op)
        {
            case IFlowCaptureOperation capture:
                var captured = Eval(capture.Value, s);
                s.Set(capture.Id, captured);
                if (KeyOf(capture.Value) is ISymbol symbol)
                {
                    _aliases[capture.Id] = symbol;
                }

                if (capture.Value is IPropertyReferenceOperation or IFieldReferenceOperation or IArrayElementReferenceOperation)
                {
                    _capturedTargets[capture.Id] = capture.Value;
                }

                return TaintValue.Clean;
            case IFlowCaptureReferenceOperation reference:
                return s.Get(reference.Id);
            case IExpressionStatementOperation statement:
                return Eval(statement.Operation, s);
            case ISimpleAssignmentOperation assignment:
                var assigned = Eval(assignment.Value, s);
                Assign(assignment.Target, assigned, assignment.Value, s);
                return assigned;
            case ICompoundAssignmentOperation compound:
                var combined = TaintValue.Combine(Eval(compound.Target, s), Eval(compound.Value, s)).AsBuilt();
                Assign(compound.Target, combined, compound.Value, s);
                return combined;
            case ICoalesceAssignmentOperation coalesce:
                var either = TaintValue.Combine(Eval(coalesce.Target, s), Eval(coalesce.Value, s));
                Assign(coalesce.Target, either, coalesce.Value, s);
                return either;
            case IDeconstructionAssignmentOperation deconstruction:
                var whole = Eval(deconstruction.Value, s);
                foreach (var element in (deconstruction.Target as ITupleOperation)?.Elements ?? [])
                {
                    Assign(element, whole, null, s);
                }

                return whole;
            case ILocalReferenceOperation local:
                return s.Get(local.Local);
            case IParameterReferenceOperation parameter:
                return s.Get(parameter.Parameter);
            case IFieldReferenceOperation field:
                return ReadField(field, s);
            case IPropertyReferenceOperation property:
                return ReadProperty(property, s);
            case IArrayElementReferenceOperation element:
                EvalAll(element.Indices, s);
                return Eval(element.ArrayReference, s);
            case IInvocationOperation invocation:
                return Invoke(invocation, s);
            case IObjectCreationOperation creation:
                return Create(creation, s);
            case IBinaryOperation binary:
                var both = TaintValue.Combine(Eval(binary.LeftOperand, s), Eval(binary.RightOperand, s));
                return TypeNames.IsScalar(binary.Type) ? TaintValue.Clean : both.AsBuilt();
            case IInterpolatedStringOperation interpolated:
                var parts = TaintValue.Clean;
                foreach (var part in interpolated.Parts)
                {
                    parts = TaintValue.Combine(parts, part is IInterpolationOperation hole ? Eval(hole.Expression, s) : TaintValue.FromLiteral);
                }

                return parts.AsBuilt();
            case IArrayCreationOperation array:
                // new byte[32] holds zeros until it is filled: its length is no literal content, its initializer is.
                EvalAll(array.DimensionSizes, s);
                return array.Initializer is { } elements ? EvalAll(elements.ElementValues, s) : TaintValue.Clean;
            case IConversionOperation conversion:
                var converted = Eval(conversion.Operand, s);
                return TypeNames.IsScalar(conversion.Type) ? TaintValue.Clean : converted;
            case IConditionalOperation conditional:
                Eval(conditional.Condition, s);
                return TaintValue.Join(Eval(conditional.WhenTrue, s), Eval(conditional.WhenFalse, s));
            case ICoalesceOperation coalesceValue:
                return TaintValue.Join(Eval(coalesceValue.Value, s), Eval(coalesceValue.WhenNull, s));
            case IAwaitOperation awaited:
                return Eval(awaited.Operation, s);
            case IIsPatternOperation pattern:
                var tested = Eval(pattern.Value, s);
                if (pattern.Pattern is IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared })
                {
                    s.Set(declared, tested);
                }

                return TaintValue.Clean;
            case IFlowAnonymousFunctionOperation lambda:
                RunLambda(lambda, s);
                return TaintValue.Clean;
            case IIncrementOrDecrementOperation or IIsTypeOperation or ITypeOfOperation or ISizeOfOperation or INameOfOperation or IDefaultValueOperation
                or IIsNullOperation or IInstanceReferenceOperation:
                EvalAll(op.ChildOperations, s);
                return TaintValue.Clean;
            case ICaughtExceptionOperation:
                return TaintValue.Unknown;
            default:
                var all = EvalAll(op.ChildOperations, s);
                return TypeNames.IsScalar(op.Type) ? TaintValue.Clean : all;
        }
    }

    private TaintValue EvalAll(IEnumerable<IOperation> operations, FlowState s)
    {
        var result = TaintValue.Clean;
        foreach (var child in operations)
        {
            result = TaintValue.Combine(result, Eval(child, s));
        }

        return result;
    }

    private void RecordFieldWrite(ISymbol field, TaintValue value) =>
        _fieldWrites[field] = _fieldWrites.TryGetValue(field, out var before) ? TaintValue.Join(before, value) : value;

    private void Assign(IOperation target, TaintValue value, IOperation? valueOperation, FlowState s)
    {
        switch (target)
        {
            case ILocalReferenceOperation local:
                s.Set(local.Local, value);
                s.SetType(local.Local, CreatedType(valueOperation));
                break;
            case IParameterReferenceOperation parameter:
                s.Set(parameter.Parameter, value);
                break;
            case IFlowCaptureReferenceOperation capture:
                s.Set(capture.Id, value);
                if (_capturedTargets.TryGetValue(capture.Id, out var captured))
                {
                    Assign(captured, value, valueOperation, s);
                }

                break;
            case IFieldReferenceOperation field when field.Field.IsStatic || field.Instance is null or IInstanceReferenceOperation:
                s.Set(field.Field, value);
                RecordFieldWrite(field.Field, value);
                break;
            case IFieldReferenceOperation field:
                Mutate(field.Instance, value, s);
                break;
            case IPropertyReferenceOperation property:
                foreach (var spec in SinkCatalog.ForProperty(property.Property, property.Instance?.Type))
                {
                    AtSink(spec, value, property.Parent ?? property, valueOperation);
                }

                EvalAll(property.Arguments, s);
                if (IsOwnState(property.Property) && (property.Property.IsStatic || property.Instance is null or IInstanceReferenceOperation))
                {
                    s.Set(property.Property, value);
                    RecordFieldWrite(property.Property, value);
                }
                else
                {
                    Mutate(property.Instance, value, s);
                }

                break;
            case IArrayElementReferenceOperation element:
                EvalAll(element.Indices, s);
                Mutate(element.ArrayReference, value, s);
                break;
        }
    }

    /// <summary>A write into an object (a field, an element, an Append) taints the object as a whole.</summary>
    private void Mutate(IOperation? receiver, TaintValue value, FlowState s)
    {
        if (!value.IsCarrier && !value.Literal || receiver is null)
        {
            return;
        }

        if (KeyOf(receiver) is { } key)
        {
            s.Add(key, value);
            if (receiver is IFlowCaptureReferenceOperation capture && _aliases.TryGetValue(capture.Id, out var alias))
            {
                s.Add(alias, value);
            }
        }
    }

    private static object? KeyOf(IOperation? op) => op switch
    {
        ILocalReferenceOperation l => l.Local,
        IParameterReferenceOperation p => p.Parameter,
        IFlowCaptureReferenceOperation c => c.Id,
        IFieldReferenceOperation f when f.Field.IsStatic || f.Instance is null or IInstanceReferenceOperation => f.Field,
        IConversionOperation c => KeyOf(c.Operand),
        _ => null,
    };

    private static ITypeSymbol? CreatedType(IOperation? value) => value switch
    {
        IObjectCreationOperation creation => creation.Type,
        IConversionOperation conversion => CreatedType(conversion.Operand),
        _ => null,
    };

    // An auto-property is storage; a property whose getter has a body (=> "MII…", { get { return …; } }) computes its value.
    private static bool IsOwnState(IPropertySymbol property) =>
        property.Locations.Any(l => l.IsInSource) && !property.IsIndexer && (property.GetMethod is null || IsAutoAccessor(property.GetMethod))
        && (property.SetMethod is null || property.SetMethod.IsImplicitlyDeclared || IsAutoAccessor(property.SetMethod));

    private static bool IsAutoAccessor(IMethodSymbol accessor) => accessor.DeclaringSyntaxReferences.All(r =>
        r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax { Body: null, ExpressionBody: null });
}
