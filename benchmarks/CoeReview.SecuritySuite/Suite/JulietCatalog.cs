using System.Text.RegularExpressions;

namespace CoeReview.SecuritySuite;

/// <summary>
/// Finds the measured cases in a Juliet src folder (testcases/CWE*/..., testcasesupport/TestCaseSupport).
/// Files that are no case part (Program.cs, Properties/AssemblyInfo.cs) are left out; cases without both a
/// bad and a good flow (the BadOnly/GoodOnly kinds) are left out later, by <see cref="CaseFlows"/>.
/// </summary>
internal static partial class JulietCatalog
{
    public static string SupportFolder(string julietSrc) => Path.Combine(julietSrc, "testcasesupport", "TestCaseSupport");

    /// <summary>The TestCaseSupport sources every case compiles against (AbstractTestCase, IO...), without AssemblyInfo.</summary>
    public static IReadOnlyList<string> SupportFiles(string julietSrc) =>
        Directory.EnumerateFiles(SupportFolder(julietSrc), "*.cs", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<JulietCase> Cases(string julietSrc)
    {
        ArgumentNullException.ThrowIfNull(julietSrc);
        var testcases = Path.Combine(julietSrc, "testcases");
        var cases = new List<JulietCase>();
        foreach (var folder in Directory.EnumerateDirectories(testcases).Order(StringComparer.Ordinal))
        {
            var cweFolder = Path.GetFileName(folder);
            if (JulietCategories.OfFolder(cweFolder) is not { } category)
            {
                continue;
            }

            var parts = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Select(f => (File: f, Match: CaseFile().Match(Path.GetFileName(f))))
                .Where(p => p.Match.Success)
                .GroupBy(p => p.Match.Groups["base"].Value, StringComparer.Ordinal);
            cases.AddRange(parts.Select(g => new JulietCase(
                category,
                cweFolder,
                g.Key,
                g.First().Match.Groups["variant"].Value,
                g.Select(p => p.File).Order(StringComparer.Ordinal).ToList())));
        }

        return cases.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    // CWE89_..._CommandText_01.cs, _54a.cs, _81_base.cs, _81_goodG2B.cs: the base name ends in the two-digit flow variant.
    [GeneratedRegex(@"^(?<base>CWE\d+_.+?_(?<variant>\d{2}))(?:[a-z]|_base|_bad|_good\w+)?\.cs$")]
    private static partial Regex CaseFile();
}
