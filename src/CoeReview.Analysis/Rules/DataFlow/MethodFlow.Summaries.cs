using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CoeReview.Analysis.Rules.DataFlow;

internal sealed partial class MethodFlow
{
    /// <summary>
    /// A call into the compilation: input in an argument that the callee takes to a sink is a hit (at the
    /// callee's sink); this method's own parameters there become its summary's sinks; the result and the
    /// callee's effects on ref/out parameters and passed objects are the callee's, in terms of the arguments.
    /// </summary>
    private TaintValue ApplySummary(IMethodSymbol callee, MethodSummary summary, IOperation call, TaintValue[] args, FlowState s, bool callIsSink)
    {
        var hop = callee.ContainingType.Name + "." + (callee is { MethodKind: MethodKind.PropertyGet, AssociatedSymbol: { } property } ? property.Name : callee.Name + "(…)");

        // A call that is itself a sink was judged here; the callee's own sinks would say it twice.
        foreach (var sink in callIsSink ? [] : summary.Sinks)
        {
            var arg = sink.Ordinal < args.Length ? args[sink.Ordinal] : TaintValue.Clean;
            var via = arg.Via(sink.Path is null ? hop : hop + " → " + sink.Path);
            if (sink.Kind == SinkKinds.Credential ? arg.IsHardcoded : arg.Reaches(sink.Kind))
            {
                RecordHit(sink.Kind, sink.What, sink.Location, via with { Built = arg.Built || sink.Built }, call.Syntax.GetLocation());
            }

            if ((arg.Open & sink.Kind) != 0 || sink.Kind == SinkKinds.Credential)
            {
                RecordParamSinks(arg, sink.Kind, sink.What, sink.Location, arg.Built || sink.Built, sink.Path is null ? hop : hop + " → " + sink.Path);
            }
        }

        var arguments = call switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => [],
        };
        foreach (var (ordinal, effect) in summary.Effects)
        {
            if (arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal) is not { } argument)
            {
                continue;
            }

            var value = Instantiate(effect, args);
            if (argument.Parameter!.RefKind is RefKind.Out or RefKind.Ref)
            {
                Assign(argument.Value, value, null, s);
            }
            else
            {
                Mutate(argument.Value, value, s);
            }
        }

        foreach (var (field, written) in summary.FieldWrites)
        {
            if (written.Params != 0)
            {
                RecordFieldWrite(field, Instantiate(written, args));
            }
        }

        return Instantiate(summary.Returns, args).Via(hop);
    }

    /// <summary>A value of the callee's, in terms of the caller's arguments.</summary>
    private static TaintValue Instantiate(TaintValue value, TaintValue[] args)
    {
        var result = value.Source || value.Runtime || value.Literal ? value with { Params = 0 } : TaintValue.Clean;
        for (var bits = value.Params; bits != 0; bits &= bits - 1)
        {
            var ordinal = System.Numerics.BitOperations.TrailingZeroCount(bits);
            if (ordinal < args.Length)
            {
                result = TaintValue.Combine(result, args[ordinal].Sanitized(SinkKinds.All & ~value.Open));
            }
        }

        return value.Built ? result.AsBuilt() : result;
    }
}
