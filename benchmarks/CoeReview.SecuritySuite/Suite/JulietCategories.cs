namespace CoeReview.SecuritySuite;

/// <summary>
/// The CoeReview categories measured on Juliet and the CWE folders that hold their cases. The names are
/// the ones CoeReview's findings carry (CoeRules, ExternalRuleCategories), so a finding's category is
/// compared as is; header-injection has no rule yet and is defined here for the rule that will report it.
/// </summary>
internal static class JulietCategories
{
    public const string HeaderInjection = "header-injection";

    /// <summary>Category to the CWE numbers whose Juliet folders (CWE89_SQL_Injection, ...) it covers.</summary>
    public static IReadOnlyList<(string Category, IReadOnlyList<string> Cwes)> All { get; } =
    [
        ("sql-injection", ["CWE89"]),
        ("command-injection", ["CWE78"]),
        ("ldap-injection", ["CWE90"]),
        ("xpath-injection", ["CWE643"]),
        ("xss", ["CWE80", "CWE81", "CWE83"]),
        ("path-traversal", ["CWE23", "CWE36"]),
        ("open-redirect", ["CWE601"]),
        (HeaderInjection, ["CWE113"]),
        ("hardcoded-secret", ["CWE259", "CWE321"]),
        ("insecure-random", ["CWE338"]),
        ("weak-crypto", ["CWE327", "CWE328"]),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(c => c.Category).ToList();

    /// <summary>The category of a Juliet CWE folder name (CWE89_SQL_Injection), or null when it is not measured.</summary>
    public static string? OfFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var cwe = folder.Split('_')[0];
        return All.FirstOrDefault(c => c.Cwes.Contains(cwe, StringComparer.Ordinal)).Category;
    }
}
