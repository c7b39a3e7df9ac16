using CoeReview.Core.Findings;

namespace CoeReview.Testing;

/// <summary>Findings built in code, as an analysis engine or a model would report them.</summary>
public static class TestFindings
{
    /// <summary>An error in src/A.cs (the file of <see cref="TestDiffs.OneFile"/>) at <paramref name="line"/>.</summary>
    public static Finding At(int line, string rule = "CS0029", string expert = "syntax", string category = "compile-error", string source = "roslyn", double confidence = 1.0) =>
        new(expert, rule, category, Severity.Error, "src/A.cs", line, line, 1, $"problem at {line}", null, [source], confidence);

    /// <summary>A finding of the "roslyn" analysis engine, not yet attributed to an expert.</summary>
    public static Finding Analysis(string ruleId, string category, Severity severity, string path, int line, string message = "analysis says so", double confidence = 0.9) =>
        new("", ruleId, category, severity, path, line, line, 1, message, null, ["roslyn"], confidence);
}
