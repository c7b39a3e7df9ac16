using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// What a value may carry: untrusted input (<see cref="Source"/>), the method's own parameters (one bit
/// per parameter, for summaries), other run-time data, or only literals. <see cref="Open"/> lists the
/// sink kinds no sanitiser has cleared; clean values keep it empty so that joins stay precise.
/// <see cref="InputOpen"/> is the same for the input alone: Path.Combine(root, Path.GetFileName(name))
/// still carries root's open kinds for the summary, but the input in it can no longer climb out.
/// </summary>
internal readonly record struct TaintValue(ulong Params, bool Source, bool Runtime, bool Literal, SinkKinds Open, bool Built, string? Origin, string? Path)
{
    /// <summary>Where the input was read, for the finding's code flow.</summary>
    public Location? OriginAt { get; init; }

    /// <summary>The sink kinds the untrusted input in the value may still reach (a subset of <see cref="Open"/>).</summary>
    public SinkKinds InputOpen { get; init; }

    public static TaintValue Clean => default;

    public static TaintValue FromSource(string origin, Location? at = null) => new(0, true, true, false, SinkKinds.All, false, origin, null) { OriginAt = at, InputOpen = SinkKinds.All };

    public static TaintValue FromParameter(int ordinal) => ordinal < 64 ? new(1UL << ordinal, false, false, false, SinkKinds.All, false, null, null) : Unknown;

    public static TaintValue FromLiteral => new(0, false, false, true, SinkKinds.None, false, null, null);

    /// <summary>Run-time data that no one outside controls (a clock, a configuration read, a generated id).</summary>
    public static TaintValue Unknown => new(0, false, true, false, SinkKinds.None, false, null, null);

    public bool IsCarrier => Source || Params != 0;

    /// <summary>True when untrusted input may reach a sink of the kind unsanitised.</summary>
    public bool Reaches(SinkKinds kind) => Source && (InputOpen & kind) != 0;

    /// <summary>
    /// True when, on some path, the value is only literals of the source code, whatever the caller passes
    /// on the others: <c>key ?? "81T1A2L3L4I5NN18"</c> is a hard-coded fallback key.
    /// </summary>
    public bool IsHardcoded => Literal;

    /// <summary>Both values contribute to one result (concatenation, arguments of a call, joins of paths).</summary>
    public static TaintValue Combine(TaintValue a, TaintValue b)
    {
        if (a == default || b == default)
        {
            return a == default ? b : a;
        }

        // Literal when every part may be a literal: "Password=" + (a literal on some path) still is.
        var literal = (a.Literal || b.Literal) && (a.Literal || !a.Runtime && !a.IsCarrier) && (b.Literal || !b.Runtime && !b.IsCarrier);
        return new(a.Params | b.Params, a.Source || b.Source, a.Runtime || b.Runtime, literal, a.Open | b.Open,
            a.Built || b.Built, a.Origin ?? b.Origin, a.Path ?? b.Path)
        { OriginAt = a.Origin is not null ? a.OriginAt : b.OriginAt, InputOpen = a.InputOpen | b.InputOpen };
    }

    /// <summary>Two paths meet: either value may arrive, so a literal on one path stays a possible literal.</summary>
    public static TaintValue Join(TaintValue a, TaintValue b) => Combine(a, b) with { Literal = a.Literal || b.Literal };

    public TaintValue Sanitized(SinkKinds kinds) => this with { Open = Open & ~kinds, InputOpen = InputOpen & ~kinds };

    /// <summary>Input that matters only for these sink kinds (an archive entry's path for file paths).</summary>
    public TaintValue OnlyFor(SinkKinds kinds) => this with { Open = Open & kinds, InputOpen = InputOpen & kinds };

    public TaintValue AsBuilt() => IsCarrier ? this with { Built = true } : this;

    public TaintValue AsRuntime() => this with { Runtime = true, Literal = false };

    public TaintValue Via(string hop) => IsCarrier ? this with { Path = Path is null ? hop : Path + " → " + hop } : this;
}
