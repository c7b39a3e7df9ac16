using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CoeReview.Analysis.Rules.DataFlow;

internal sealed partial class MethodFlow
{
    private TaintValue ReadField(IFieldReferenceOperation field, FlowState s)
    {
        if (field.Field.IsConst)
        {
            return TaintValue.FromLiteral;
        }

        if (field.Field.IsStatic || field.Instance is null or IInstanceReferenceOperation)
        {
            if (!field.Field.Locations.Any(l => l.IsInSource))
            {
                return field.Field.Type.SpecialType == SpecialType.System_String && field.Field.Name == "Empty" ? TaintValue.Clean : TaintValue.Unknown;
            }

            return OwnState(field.Field, s);
        }

        return Eval(field.Instance, s);
    }

    private TaintValue ReadProperty(IPropertyReferenceOperation property, FlowState s)
    {
        var receiver = Eval(property.Instance, s);
        var arguments = EvalAll(property.Arguments, s);
        var scalar = TypeNames.IsScalar(property.Type);
        if (!scalar && SourceCatalog.IsInputMember(property.Property.Name)
            && (SourceCatalog.IsRequest(property.Instance?.Type) || SourceCatalog.IsRequest(property.Property.ContainingType)))
        {
            return TaintValue.FromSource(Describe(property.IsImplicit && property.Instance is { } of ? of.Syntax : property.Syntax), property.Syntax.GetLocation());
        }

        if (!scalar && SourceCatalog.IsArchiveEntryPath(property.Property, property.Instance?.Type))
        {
            return TaintValue.FromSource($"the archive entry's path {Describe(property.Syntax)}", property.Syntax.GetLocation()).OnlyFor(SinkKinds.Path);
        }

        if (!scalar && property.Property.GetMethod is { } getter && SourceCatalog.OfCall(getter, property.Instance?.Type) is { } what)
        {
            return TaintValue.FromSource(what, property.Syntax.GetLocation());
        }

        if (scalar)
        {
            return TaintValue.Clean;
        }

        if (IsOwnState(property.Property) && (property.Property.IsStatic || property.Instance is null or IInstanceReferenceOperation))
        {
            return OwnState(property.Property, s);
        }

        if (property.Instance is null)
        {
            // A static property of the project computes its value (a literal certificate, a setting): its getter says what it returns.
            if (property.Property.GetMethod is { } own && own.Locations.Any(l => l.IsInSource) && _engine.SummaryOf(own) is { } summary)
            {
                return ApplySummary(own, summary, property, [], s, callIsSink: false);
            }

            return PureCalls.IsPure(property.Property.ContainingType) ? TaintValue.Clean : TaintValue.Unknown;
        }

        var result = Narrowed(TaintValue.Combine(receiver, arguments), receiver, property.Instance, property.Syntax);
        if (SourceCatalog.IsArchiveEntryFileName(property.Property))
        {
            result = result.Sanitized(SinkKinds.Path); // ZipArchiveEntry.Name: the last segment only, as Path.GetFileName would cut it
        }

        return PureCalls.IsPure(property.Property.ContainingType) || property.Property.Locations.Any(l => l.IsInSource) ? result : result.AsRuntime();
    }

    // A field or auto-property of the project: what this method last stored, joined with input stored anywhere else.
    private TaintValue OwnState(ISymbol member, FlowState s)
    {
        var own = _engine.FieldTaint(member);
        return s.Has(member) ? TaintValue.Join(s.Get(member), own.Source ? own : TaintValue.Clean) : own;
    }
}
