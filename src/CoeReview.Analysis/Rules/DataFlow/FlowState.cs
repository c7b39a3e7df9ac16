using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// The taint of every location at one point of a method: locals, parameters, flow captures and the
/// fields this method wrote, plus the known run-time type of locals assigned a `new` (for dispatch).
/// </summary>
internal sealed class FlowState
{
    private static readonly LocationComparer s_comparer = new();

    private readonly Dictionary<object, TaintValue> _values;
    private readonly Dictionary<ISymbol, ITypeSymbol> _types;

    public FlowState()
    {
        _values = new Dictionary<object, TaintValue>(s_comparer);
        _types = new Dictionary<ISymbol, ITypeSymbol>(SymbolEqualityComparer.Default);
    }

    private FlowState(FlowState other)
    {
        _values = new Dictionary<object, TaintValue>(other._values, s_comparer);
        _types = new Dictionary<ISymbol, ITypeSymbol>(other._types, SymbolEqualityComparer.Default);
    }

    public IEnumerable<KeyValuePair<object, TaintValue>> Values => _values;

    public FlowState Clone() => new(this);

    public TaintValue Get(object key) => _values.TryGetValue(key, out var v) ? v : TaintValue.Clean;

    public bool Has(object key) => _values.ContainsKey(key);

    public void Set(object key, TaintValue value) => _values[key] = value;

    public void Add(object key, TaintValue value) => _values[key] = TaintValue.Combine(Get(key), value);

    public ITypeSymbol? TypeOf(ISymbol local) => _types.GetValueOrDefault(local);

    public void SetType(ISymbol local, ITypeSymbol? type)
    {
        if (type is null)
        {
            _types.Remove(local);
        }
        else
        {
            _types[local] = type;
        }
    }

    /// <summary>The state where two paths meet: a location is as tainted as on either path.</summary>
    public static FlowState Join(FlowState a, FlowState b)
    {
        var result = a.Clone();
        foreach (var (key, value) in b._values)
        {
            result._values[key] = result._values.TryGetValue(key, out var mine) ? TaintValue.Join(mine, value) : value;
        }

        foreach (var (local, type) in a._types)
        {
            if (!b._types.TryGetValue(local, out var other) || !SymbolEqualityComparer.Default.Equals(type, other))
            {
                result._types.Remove(local);
            }
        }

        return result;
    }

    public bool SameAs(FlowState other) =>
        _values.Count == other._values.Count && _values.All(kv => other._values.TryGetValue(kv.Key, out var v) && v == kv.Value)
        && _types.Count == other._types.Count && _types.All(kv => other._types.TryGetValue(kv.Key, out var t) && SymbolEqualityComparer.Default.Equals(t, kv.Value));

    private sealed class LocationComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => x is ISymbol a && y is ISymbol b ? SymbolEqualityComparer.Default.Equals(a, b) : object.Equals(x, y);

        public int GetHashCode(object obj) => obj is ISymbol s ? SymbolEqualityComparer.Default.GetHashCode(s) : obj is CaptureId c ? c.GetHashCode() : obj.GetHashCode();
    }
}
