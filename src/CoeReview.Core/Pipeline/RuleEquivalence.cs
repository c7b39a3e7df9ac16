namespace CoeReview.Core.Pipeline;

/// <summary>
/// Rules of different analyzers that report the same problem: our COE-* rule and the NetAnalyzers
/// CA* rules that overlap it. Found on the same line, they are one finding with both ids. Kept
/// explicit and small on purpose: a wrong pair would hide a real second problem.
/// </summary>
internal static class RuleEquivalence
{
    private static readonly Dictionary<string, string[]> s_pairs = new(StringComparer.Ordinal)
    {
        ["COE-PERF-002"] = ["CA1849"],                            // .Result / .Wait() where an await fits
        ["COE-PERF-005"] = ["CA1827", "CA1829", "CA1836", "CA1860"], // Count() where Any() or Count/Length serves
        ["COE-PERF-006"] = ["CA1851"],                            // an IEnumerable enumerated twice
        ["COE-SEC-001"] = ["CA2100", "CA3001"],                   // SQL built from input
        ["COE-SEC-002"] = ["CA3006"],                             // process command injection
        ["COE-SEC-003"] = ["CA3005"],                             // LDAP injection
        ["COE-SEC-004"] = ["CA3008"],                             // XPath injection
        ["COE-SEC-005"] = ["CA3002"],                             // XSS
        ["COE-SEC-006"] = ["CA3003"],                             // file path injection
        ["COE-SEC-007"] = ["CA3007"],                             // open redirect
        ["COE-SEC-009"] = ["CA2300", "CA2301", "CA2302"],         // BinaryFormatter
        ["COE-SEC-010"] = ["CA3075", "CA3077", "CA5369", "CA5370", "CA5371", "CA5372"], // XML external entities
        ["COE-SEC-012"] = ["CA5350", "CA5351"],                   // weak or broken hash/cipher
        ["COE-SEC-013"] = ["CA5394"],                             // System.Random for security
        ["COE-SEC-014"] = ["CA5359"],                             // certificate validation disabled
        ["COE-SEC-015"] = ["CA5382", "CA5383"],                   // cookie without Secure
    };

    private static readonly Dictionary<string, string> s_canonical = s_pairs
        .SelectMany(p => p.Value.Select(other => (other, p.Key)))
        .ToDictionary(x => x.other, x => x.Key, StringComparer.Ordinal);

    /// <summary>The id that stands for the rule's problem: our rule's id for an equivalent CA rule, else the id itself.</summary>
    public static string Canonical(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return s_canonical.GetValueOrDefault(ruleId, ruleId);
    }

    /// <summary>The pairs as (our rule, its equivalents), for documentation and tests.</summary>
    public static IReadOnlyDictionary<string, string[]> Pairs => s_pairs;
}
