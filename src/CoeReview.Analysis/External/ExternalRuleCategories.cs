namespace CoeReview.Analysis.External;

/// <summary>
/// The CoeReview category of a NetAnalyzers (CA*) or SecurityCodeScan (SCS*) rule, so their findings
/// sit in the same categories as ours, are deduplicated against them and are measured alike.
/// </summary>
public static class ExternalRuleCategories
{
    private static readonly Dictionary<string, string> s_byId = new(StringComparer.Ordinal)
    {
        ["CA2100"] = "sql-injection",
        ["CA3001"] = "sql-injection",
        ["SCS0002"] = "sql-injection",
        ["SCS0026"] = "sql-injection",
        ["SCS0035"] = "sql-injection",
        ["SCS0036"] = "sql-injection",
        ["CA3006"] = "command-injection",
        ["SCS0001"] = "command-injection",
        ["CA3005"] = "ldap-injection",
        ["SCS0031"] = "ldap-injection",
        ["CA3008"] = "xpath-injection",
        ["SCS0003"] = "xpath-injection",
        ["CA3002"] = "xss",
        ["SCS0029"] = "xss",
        ["CA3003"] = "path-traversal",
        ["SCS0018"] = "path-traversal",
        ["CA3007"] = "open-redirect",
        ["SCS0027"] = "open-redirect",
        ["CA3075"] = "xxe",
        ["CA3077"] = "xxe",
        ["CA5369"] = "xxe",
        ["CA5370"] = "xxe",
        ["CA5371"] = "xxe",
        ["CA5372"] = "xxe",
        ["SCS0007"] = "xxe",
        ["SCS0028"] = "insecure-deserialization",
        ["CA5390"] = "hardcoded-secret",
        ["CA5403"] = "hardcoded-secret",
        ["SCS0015"] = "hardcoded-secret",
        ["CA5350"] = "weak-crypto",
        ["CA5351"] = "weak-crypto",
        ["CA5358"] = "weak-crypto",
        ["CA5373"] = "weak-crypto",
        ["CA5379"] = "weak-crypto",
        ["CA5384"] = "weak-crypto",
        ["CA5385"] = "weak-crypto",
        ["SCS0006"] = "weak-crypto",
        ["SCS0010"] = "weak-crypto",
        ["SCS0013"] = "weak-crypto",
        ["CA5394"] = "insecure-random",
        ["SCS0005"] = "insecure-random",
        ["CA5359"] = "certificate-validation",
        ["CA5400"] = "certificate-validation",
        ["SCS0004"] = "certificate-validation",
        ["CA5382"] = "insecure-cookie",
        ["CA5383"] = "insecure-cookie",
        ["SCS0008"] = "insecure-cookie",
        ["SCS0009"] = "insecure-cookie",
        ["CA5364"] = "insecure-transport",
        ["CA5378"] = "insecure-transport",
        ["CA5386"] = "insecure-transport",
        ["CA5397"] = "insecure-transport",
        ["CA5398"] = "insecure-transport",
        ["CA1827"] = "count-vs-any",
        ["CA1829"] = "count-vs-any",
        ["CA1860"] = "count-vs-any",
        ["CA1836"] = "count-vs-any",
        ["CA1851"] = "multiple-enumeration",
    };

    /// <summary>The NetAnalyzers rules the tool enables (besides these, CA23xx/CA5xxx/CA3xxx security rules).</summary>
    private static readonly HashSet<string> s_performance = new(StringComparer.Ordinal)
    {
        "CA1825", "CA1826", "CA1827", "CA1828", "CA1829", "CA1830", "CA1831", "CA1832", "CA1833", "CA1834", "CA1835", "CA1836", "CA1837",
        "CA1838", "CA1839", "CA1840", "CA1841", "CA1842", "CA1843", "CA1844", "CA1845", "CA1846", "CA1847", "CA1849", "CA1850",
        "CA1853", "CA1854", "CA1855", "CA1856", "CA1857", "CA1858", "CA1860", "CA1861", "CA1862", "CA1863", "CA1864", "CA1865", "CA1866",
        "CA1867", "CA1868", "CA1869", "CA1870", "CA1871", "CA1872", "CA1873", "CA1874", "CA1875",
    };

    /// <summary>
    /// True for the NetAnalyzers rules CoeReview runs: security (CA2100, CA23xx, CA3xxx, CA5xxx) and curated
    /// performance (CA18xx). CA1851 (multiple enumeration) is left out: it costs more than all the others together.
    /// </summary>
    public static bool IsEnabledNetAnalyzersRule(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id == "CA2100" || id.StartsWith("CA23", StringComparison.Ordinal) || id.StartsWith("CA3", StringComparison.Ordinal)
            || id.StartsWith("CA5", StringComparison.Ordinal) || s_performance.Contains(id);
    }

    /// <summary>
    /// NetAnalyzers rules our own rules replace when both run: they flag every use (all SQL built from
    /// non-constants, every MD5/SHA1 and System.Random, BinaryFormatter's calls next to its creation),
    /// where ours follow the data and the purpose and measured better on the corpus. The CA3001-CA3012
    /// taint rules need ASP.NET Core symbols a review without restore lacks, found less than ours on the
    /// corpus and cost more than all other NetAnalyzers rules together. Zip Slip (CA5389) and hard-coded
    /// keys and certificates (CA5390, CA5403) are flows our taint engine follows too; they were the last
    /// users of NetAnalyzers' taint framework, which cost 0.6-0.9 s of CPU on a real commit for them alone.
    /// </summary>
    public static bool IsSupersededByCoeRules(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id is "CA2100" or "CA5350" or "CA5351" or "CA5394" or "CA2300" or "CA2301" or "CA2302" or "CA5389" or "CA5390" or "CA5403"
            || (id.StartsWith("CA30", StringComparison.Ordinal) && id.Length == 6 && int.TryParse(id.AsSpan(2), out var n) && n is >= 3001 and <= 3012);
    }

    public static string CategoryOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (s_byId.TryGetValue(id, out var category))
        {
            return category;
        }

        if (id.StartsWith("CA23", StringComparison.Ordinal))
        {
            return "insecure-deserialization";
        }

        if (id.StartsWith("CA18", StringComparison.Ordinal))
        {
            return "performance";
        }

        return id.StartsWith("CA", StringComparison.Ordinal) || id.StartsWith("SCS", StringComparison.Ordinal) ? "security" : "other";
    }
}
