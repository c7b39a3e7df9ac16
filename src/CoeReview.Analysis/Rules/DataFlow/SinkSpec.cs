namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// A member untrusted (or, for credentials, literal) data must not reach: the types that declare it
/// (a base type or interface is enough), its name (".ctor" for constructors, a trailing '*' for a
/// prefix), and the parameter names that are dangerous (none for a property setter: the value is).
/// </summary>
internal sealed record SinkSpec(SinkKinds Kind, string What, IReadOnlySet<string> Types, string Member, IReadOnlySet<string> Parameters)
{
    /// <summary>For connection strings: only a literal that holds a password is a hard-coded credential.</summary>
    public bool NeedsPasswordText { get; init; }

    public bool MatchesName(string name) => Member.EndsWith('*') ? name.StartsWith(Member[..^1], StringComparison.Ordinal) : name == Member;
}
