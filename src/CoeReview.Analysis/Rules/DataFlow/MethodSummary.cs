using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// What a method does with taint, for its callers: what it returns (in terms of its parameters and its
/// own sources), which parameters reach sinks, what it leaves in ref/out parameters and in the objects
/// it was passed, and what it writes to fields.
/// </summary>
internal sealed class MethodSummary
{
    public MethodSummary(TaintValue returns, IReadOnlyList<ParamSink> sinks, IReadOnlyDictionary<int, TaintValue> effects,
        IReadOnlyDictionary<ISymbol, TaintValue> fieldWrites, IReadOnlyList<TaintHit> hits)
    {
        Returns = returns;
        Sinks = sinks;
        Effects = effects;
        FieldWrites = fieldWrites;
        Hits = hits;
    }

    public TaintValue Returns { get; }

    public IReadOnlyList<ParamSink> Sinks { get; }

    /// <summary>By parameter ordinal: the taint the method leaves in a ref/out parameter or in the object passed.</summary>
    public IReadOnlyDictionary<int, TaintValue> Effects { get; }

    public IReadOnlyDictionary<ISymbol, TaintValue> FieldWrites { get; }

    /// <summary>The flows found inside the method: its own sources, or its arguments into its callees' sinks.</summary>
    public IReadOnlyList<TaintHit> Hits { get; }
}
