using System.Text.RegularExpressions;
using CoeReview.Core.Findings;

namespace CoeReview.Analysis.Rules.Security;

/// <summary>The secrets rule for configuration files (appsettings*.json, *.config, .env, YAML): line by line.</summary>
public static partial class SecretScanner
{
    private static readonly string[] s_extensions = [".json", ".config", ".xml", ".yml", ".yaml", ".env", ".properties", ".ini", ".settings"];

    public static bool Handles(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        return s_extensions.Contains(Path.GetExtension(path).ToLowerInvariant(), StringComparer.Ordinal) || name.StartsWith(".env", StringComparison.Ordinal);
    }

    public static IReadOnlyList<Finding> Scan(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<Finding>();
        var lines = text.Split('\n');
        var isTest = TestFiles.IsTestPath(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            string? message = null;
            if (SecretPatterns.KnownToken(line) is { } kind)
            {
                message = $"This line contains {kind}; anyone who can read the repository can use it.";
            }
            else if (!isTest && SecretPatterns.HasConnectionStringPassword(line))
            {
                message = "This connection string carries its password in the file, where everyone with the repository can read it.";
            }
            else if (!isTest && KeyValue().Match(line) is { Success: true } m && SecurityNames.IsSecretLike(m.Groups["key"].Value)
                     && SecretPatterns.LooksLikeSecretValue(m.Groups["value"].Value))
            {
                message = $"'{m.Groups["key"].Value}' holds a value that looks like a real secret; committed secrets leak with the code.";
            }

            if (message is not null)
            {
                var column = line.Length - line.TrimStart().Length + 1;
                found.Add(new Finding("", CoeRules.HardcodedSecret.Id, CoeRules.HardcodedSecret.Category, CoeRules.HardcodedSecret.DefaultSeverity, path, i + 1, i + 1,
                    column, message, "Move it to a secret store or environment variable and rotate the exposed value.", ["roslyn"], 0.9));
            }
        }

        return found;
    }

    [GeneratedRegex(@"[""']?(?<key>[A-Za-z_][\w.\-]*)[""']?\s*[:=]\s*[""']?(?<value>[^""'\s,]+)")]
    private static partial Regex KeyValue();
}
