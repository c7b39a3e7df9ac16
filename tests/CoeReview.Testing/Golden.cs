using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Xunit;

namespace CoeReview.Testing;

/// <summary>
/// Compares output with a golden file kept beside the tests. Set COE_REVIEW_UPDATE_GOLDEN=1 to
/// rewrite the golden files on purpose; they are never rewritten silently.
/// </summary>
public static partial class Golden
{
    public static void Verify(string actual, string relativePath, [CallerFilePath] string caller = "")
    {
        var projectDir = FindProjectDir(Path.GetDirectoryName(caller)!);
        var path = Path.Combine(projectDir, relativePath);
        actual = NormalizeNumbers(actual.ReplaceLineEndings("\n"));
        if (Environment.GetEnvironmentVariable("COE_REVIEW_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {relativePath} is missing; run with COE_REVIEW_UPDATE_GOLDEN=1 to create it");
        var expected = NormalizeNumbers(File.ReadAllText(path).ReplaceLineEndings("\n"));
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// Rounds every number written with more than 4 decimals to 4: the last digits of a float change
    /// with the order of additions (28.904667670274534 vs 28.90466767027454) and mean nothing to a reader.
    /// Embedding scores are pinned to at most 2 decimals, since MiniLM's last digits differ between CPUs.
    /// </summary>
    public static string NormalizeNumbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fixedFloats = LongFraction().Replace(text, m =>
            double.Parse(m.Value, CultureInfo.InvariantCulture).ToString("0.####", CultureInfo.InvariantCulture));
        return Scores().Replace(fixedFloats, m => m.Groups[1].Value + RoundScores(m.Groups[2].Value) + m.Groups[3].Value);
    }

    private static string RoundScores(string body) => Fraction().Replace(body, m =>
        Math.Round(double.Parse(m.Value, CultureInfo.InvariantCulture), 2).ToString("0.##", CultureInfo.InvariantCulture));

    // A number with 5 or more decimals, not part of a version, address or longer dotted token.
    [GeneratedRegex(@"(?<![\w.])-?\d+\.\d{5,}(?:[eE][-+]?\d+)?(?![\w.])")]
    private static partial Regex LongFraction();

    // A JSON "scores" object (the router's per-expert similarity), its body kept apart from its braces.
    [GeneratedRegex(@"(""scores"":\s*\{)([^{}]*)(\})")]
    private static partial Regex Scores();

    [GeneratedRegex(@"(?<![\w.])-?\d+\.\d{3,}(?![\w.])")]
    private static partial Regex Fraction();

    private static string FindProjectDir(string dir)
    {
        var current = new DirectoryInfo(dir);
        while (current is not null && current.GetFiles("*.csproj").Length == 0)
        {
            current = current.Parent;
        }

        return current?.FullName ?? dir;
    }
}
