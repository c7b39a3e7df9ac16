using System.Text.RegularExpressions;

namespace CoeReview.Core.Secrets;

/// <summary>Values: what a secret looks like as text, and what only stands for one (placeholders, examples).</summary>
public static partial class SecretCatalogue
{
    /// <summary>
    /// The least Shannon entropy (bits per character) of a value the catalogue takes for a secret.
    /// </summary>
    /// <remarks>
    /// 2.8, not the 3.0 the request redactor once used: "summer2024" (2.92) given to a password must be kept
    /// from the endpoints by redaction alone now that the planner no longer asks the analysis, and the
    /// look-alikes the rule's corpus keeps quiet (GUIDs, hashes, config keys, prompts) are rejected by the
    /// other tests in <see cref="LooksLikeSecretValue"/> before entropy decides.
    /// </remarks>
    public const double EntropyThreshold = 2.8;

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.GroupBy(c => c).Select(g => (double)g.Count() / value.Length).Sum(p => -p * Math.Log2(p));
    }

    /// <summary>True when a value given a secret-like name looks like a real secret, not a key name, message, hash or GUID.</summary>
    public static bool LooksLikeSecretValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < 8 || value.Any(char.IsWhiteSpace) || IsPlaceholder(value) || Guid.TryParse(value, out _) || ConfigKey().IsMatch(value)
            || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Contains("{0}", StringComparison.Ordinal)
            || value.StartsWith("[REDACTED:", StringComparison.Ordinal))
        {
            return false;
        }

        var classes = (value.Any(char.IsLower) ? 1 : 0) + (value.Any(char.IsUpper) ? 1 : 0) + (value.Any(char.IsDigit) ? 1 : 0)
            + (value.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return classes >= 2 && Entropy(value) >= EntropyThreshold;
    }

    /// <summary>True for documentation and test values: EXAMPLE keys, xxxx, dummy, fake, changeme.</summary>
    public static bool IsExample(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains("EXAMPLE", StringComparison.OrdinalIgnoreCase) || value.Contains("xxxx", StringComparison.OrdinalIgnoreCase)
            || value.Contains("dummy", StringComparison.OrdinalIgnoreCase) || value.Contains("fake", StringComparison.OrdinalIgnoreCase)
            || value.Contains("changeme", StringComparison.OrdinalIgnoreCase) || value.Contains("placeholder", StringComparison.OrdinalIgnoreCase)
            || value.Contains("sample", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for values that stand for a secret rather than being one: {0}, ${VAR}, %VAR%, ***, &lt;password&gt;, empty.</summary>
    public static bool IsPlaceholder(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim().Trim('"', '\'');
        return v.Length < 4 || v.StartsWith('{') || v.StartsWith('$') || v.StartsWith('%') || v.StartsWith('<') || v.StartsWith('*') || v.StartsWith("__", StringComparison.Ordinal)
            || v.StartsWith('@') || v.StartsWith(':') || v.StartsWith("[REDACTED:", StringComparison.Ordinal)
            || v.Equals("password", StringComparison.OrdinalIgnoreCase) || v.Equals("secret", StringComparison.OrdinalIgnoreCase) || IsExample(v);
    }

    /// <summary>True when a connection string (Password=…) or a URL (scheme://user:pass@) carries a literal password, not a placeholder.</summary>
    public static bool HasConnectionStringPassword(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ConnectionStringPasswords(text).Any();
    }

    /// <summary>Where connection strings and URLs in the text carry literal passwords: the password itself, placeholders left out.</summary>
    public static IEnumerable<Group> ConnectionStringPasswords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ConnectionStringPassword().Matches(text).Concat(UrlCredentials().Matches(text))
            .Select(m => m.Groups["value"])
            .Where(g => !IsPlaceholder(g.Value));
    }

    // After the start of a line, a quote or ';' (so `var password = Read();` is code, not a connection string), and a
    // value that ends where a connection string's would: `password = GetFromVault()` is a call.
    [GeneratedRegex(@"(?:^|[;""'])[ \t]*(?:password|pwd|passwd)[ \t]*=[ \t]*(?<value>[^;""'\s(),]+)(?=[;""'\s,]|$)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"\b[a-z][a-z0-9+.-]*://[^\s:/@""']+:(?<value>[^\s@/""']+)@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"^[A-Za-z]+(?:[:._/\-][A-Za-z]+)+$|^[A-Za-z]+$|^[A-Z0-9_]+$")]
    private static partial Regex ConfigKey();
}
