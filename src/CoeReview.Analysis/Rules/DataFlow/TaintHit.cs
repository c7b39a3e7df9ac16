using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// Untrusted input (or, for a credential, a literal) that reaches a sink: where the sink is, what it is,
/// the value that got there (origin and path), and the call that carried it when the sink is in a callee.
/// </summary>
internal sealed record TaintHit(SinkKinds Kind, string What, Location Location, TaintValue Value, Location? CallSite)
{
    /// <summary>A hit whose input is a public method's parameter with no caller in the compilation.</summary>
    public bool FromCaller { get; init; }
}
