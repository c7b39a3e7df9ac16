using CoeReview.Core.Findings;
using CoeReview.Core.Secrets;

namespace CoeReview.Analysis.Rules.Security;

/// <summary>The secrets rule for configuration files (appsettings*.json, *.config, .env, YAML): line by line.</summary>
internal static class SecretScanner
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
            if (SecretCatalogue.KnownToken(line) is { } shape)
            {
                message = $"This line contains {shape.Description}; anyone who can read the repository can use it.";
            }
            else if (!isTest && SecretCatalogue.HasConnectionStringPassword(line))
            {
                message = "This connection string carries its password in the file, where everyone with the repository can read it.";
            }
            else if (!isTest && SecretCatalogue.SecretAssignments(line).FirstOrDefault() is { } m)
            {
                message = $"'{m.Groups["name"].Value}' holds a value that looks like a real secret; committed secrets leak with the code.";
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
}
