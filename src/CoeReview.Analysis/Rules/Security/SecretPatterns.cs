using System.Text.RegularExpressions;

namespace CoeReview.Analysis.Rules.Security;

/// <summary>Known credential shapes, connection-string passwords and the tests that keep hashes, GUIDs and placeholders quiet.</summary>
public static partial class SecretPatterns
{
    private static readonly (string Kind, Regex Pattern)[] s_tokens =
    [
        ("an AWS access key id", AwsKey()),
        ("a GitHub token", GitHubToken()),
        ("a Slack token", SlackToken()),
        ("a Slack webhook URL", SlackWebhook()),
        ("a Stripe live key", StripeKey()),
        ("a Google API key", GoogleKey()),
        ("a private key", PrivateKey()),
        ("an Azure storage account key", AzureStorageKey()),
        ("a SendGrid API key", SendGridKey()),
        ("an npm token", NpmToken()),
        ("an OpenAI API key", OpenAiKey()),
        ("a JSON Web Token", Jwt()),
    ];

    /// <summary>The kind of credential the text contains, or null.</summary>
    public static string? KnownToken(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (kind, pattern) in s_tokens)
        {
            if (pattern.Match(text) is { Success: true } m && !IsExample(m.Value))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>True when a connection string carries a literal password (not a placeholder).</summary>
    public static bool HasConnectionStringPassword(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = ConnectionPassword().Match(text);
        return m.Success && !IsPlaceholder(m.Groups["value"].Value);
    }

    /// <summary>True for documentation and test values: EXAMPLE keys, xxxx, dummy, fake, changeme.</summary>
    public static bool IsExample(string value) =>
        value.Contains("EXAMPLE", StringComparison.OrdinalIgnoreCase) || value.Contains("xxxx", StringComparison.OrdinalIgnoreCase)
        || value.Contains("dummy", StringComparison.OrdinalIgnoreCase) || value.Contains("fake", StringComparison.OrdinalIgnoreCase)
        || value.Contains("changeme", StringComparison.OrdinalIgnoreCase) || value.Contains("placeholder", StringComparison.OrdinalIgnoreCase)
        || value.Contains("sample", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for values that stand for a secret rather than being one: {0}, ${VAR}, %VAR%, ***, &lt;password&gt;, empty.</summary>
    public static bool IsPlaceholder(string value)
    {
        var v = value.Trim().Trim('"', '\'');
        return v.Length < 4 || v.StartsWith('{') || v.StartsWith('$') || v.StartsWith('%') || v.StartsWith('<') || v.StartsWith('*') || v.StartsWith("__", StringComparison.Ordinal)
            || v.StartsWith('@') || v.StartsWith(':') || v.Equals("password", StringComparison.OrdinalIgnoreCase) || v.Equals("secret", StringComparison.OrdinalIgnoreCase) || IsExample(v);
    }

    /// <summary>True when a literal assigned to a secret-like name looks like a real secret, not a key name, message, hash or GUID.</summary>
    public static bool LooksLikeSecretValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < 8 || value.Any(char.IsWhiteSpace) || IsPlaceholder(value) || Guid.TryParse(value, out _) || ConfigKey().IsMatch(value)
            || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Contains("{0}", StringComparison.Ordinal))
        {
            return false;
        }

        var classes = (value.Any(char.IsLower) ? 1 : 0) + (value.Any(char.IsUpper) ? 1 : 0) + (value.Any(char.IsDigit) ? 1 : 0)
            + (value.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return classes >= 2 && Entropy(value) >= 2.8;
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.GroupBy(c => c).Select(g => (double)g.Count() / value.Length).Sum(p => -p * Math.Log2(p));
    }

    [GeneratedRegex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})\b")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[baprs]-[0-9A-Za-z-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+")]
    private static partial Regex SlackWebhook();

    [GeneratedRegex(@"\b[sr]k_live_[0-9a-zA-Z]{20,}\b")]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z\-_]{35}\b")]
    private static partial Regex GoogleKey();

    [GeneratedRegex(@"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"AccountKey=[A-Za-z0-9+/]{80,}={0,2}")]
    private static partial Regex AzureStorageKey();

    [GeneratedRegex(@"\bSG\.[\w-]{22}\.[\w-]{43}\b")]
    private static partial Regex SendGridKey();

    [GeneratedRegex(@"\bnpm_[A-Za-z0-9]{36}\b")]
    private static partial Regex NpmToken();

    [GeneratedRegex(@"\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}")]
    private static partial Regex OpenAiKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?i)\b(?:password|pwd)\s*=\s*(?<value>[^;""'\s]+)")]
    private static partial Regex ConnectionPassword();

    [GeneratedRegex(@"^[A-Za-z]+(?:[:._/\-][A-Za-z]+)+$|^[A-Za-z]+$|^[A-Z0-9_]+$")]
    private static partial Regex ConfigKey();
}
