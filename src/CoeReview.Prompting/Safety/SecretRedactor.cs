using System.Text.RegularExpressions;

// It keeps the Remote namespace while it sits beside the planner that uses it: issue #12 replaces
// it with Core's one redactor, and the callers' using lines stay as they are until then.
namespace CoeReview.Remote.Safety;

/// <summary>
/// Replaces secrets in text before it leaves the machine: well-known token shapes (AWS, GitHub,
/// Stripe, Slack, OpenAI, Google, JWT), private-key blocks, passwords in connection strings and
/// URLs, and high-entropy literals assigned to secret-like names. Line breaks are kept, so line
/// numbers stay valid.
/// </summary>
public static partial class SecretRedactor
{
    /// <summary>The text with every detected secret replaced by [REDACTED:kind], and how many were replaced.</summary>
    public static (string Text, int Count) Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        string Mark(string kind)
        {
            count++;
            return $"[REDACTED:{kind}]";
        }

        // A key block keeps its line structure: every line inside becomes a marker.
        text = PrivateKeyBlock().Replace(text, m => string.Join('\n', m.Value.Split('\n').Select(_ => Mark("private-key"))));
        foreach (var (pattern, kind) in s_shapes)
        {
            text = pattern.Replace(text, _ => Mark(kind));
        }

        text = ConnectionStringPassword().Replace(text, m => m.Groups["key"].Value + Mark("password"));
        text = UrlCredentials().Replace(text, m => m.Groups["pre"].Value + Mark("password") + "@");
        text = SecretAssignment().Replace(text, m =>
        {
            var value = m.Groups["value"].Value;
            return value.StartsWith("[REDACTED:", StringComparison.Ordinal) || !LooksRandom(value)
                ? m.Value
                : m.Value[..(m.Groups["value"].Index - m.Index)] + Mark("secret") + m.Value[(m.Groups["value"].Index - m.Index + value.Length)..];
        });
        return (text, count);
    }

    /// <summary>True when the text holds something <see cref="Redact"/> would replace.</summary>
    public static bool ContainsSecret(string text) => Redact(text).Count > 0;

    /// <summary>Replaces string literals ("…", '…') in a line: for lines an analyzer flagged as holding a secret.</summary>
    public static string RedactLiterals(string line) =>
        StringLiteral().Replace(line, m => m.Value[0] + "[REDACTED:literal]" + m.Value[^1]);

    /// <summary>Shannon entropy per character, and some variety: tells a key from "changeme" or "password".</summary>
    internal static bool LooksRandom(string value)
    {
        if (value.Length < 12 || value.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var entropy = value.GroupBy(c => c)
            .Select(g => (double)g.Count() / value.Length)
            .Sum(p => -p * Math.Log2(p));
        var classes = (value.Any(char.IsDigit) ? 1 : 0) + (value.Any(char.IsUpper) ? 1 : 0) + (value.Any(char.IsLower) ? 1 : 0);
        return entropy >= 3.0 && classes >= 2;
    }

    private static readonly (Regex Pattern, string Kind)[] s_shapes =
    [
        (AwsAccessKey(), "aws-access-key"),
        (GitHubToken(), "github-token"),
        (StripeKey(), "stripe-key"),
        (SlackToken(), "slack-token"),
        (SlackWebhook(), "slack-webhook"),
        (OpenAiKey(), "api-key"),
        (GoogleKey(), "google-api-key"),
        (Jwt(), "jwt"),
    ];

    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\z)")]
    private static partial Regex PrivateKeyBlock();

    [GeneratedRegex(@"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsAccessKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,99}\b|\bwhsec_[A-Za-z0-9]{20,}\b")]
    private static partial Regex StripeKey();

    [GeneratedRegex(@"\bxox[abposr]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]+")]
    private static partial Regex SlackWebhook();

    [GeneratedRegex(@"\bsk-(?:proj-|svcacct-|ant-)?[A-Za-z0-9_-]{20,}")]
    private static partial Regex OpenAiKey();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_-]{35}\b")]
    private static partial Regex GoogleKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")]
    private static partial Regex Jwt();

    // Inside a connection string (after a quote or ';'), so code such as `password = Read();` is left alone.
    [GeneratedRegex(@"(?<key>[;""']\s*(?:password|pwd|passwd)\s*=\s*)(?!\[REDACTED)[^;""'\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();

    [GeneratedRegex(@"(?<pre>\b[a-z][a-z0-9+.-]*://[^\s:/@""']+:)(?!\[REDACTED)[^\s@/""']+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(
        @"\b[\w.-]*(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth[_-]?key|client[_-]?secret|signing[_-]?key)[\w.-]*[""']?\s*(?:=>|:=|=|:)\s*@?\$?[""'](?<value>[^""'\r\n]{12,})[""']",
        RegexOptions.IgnoreCase)]
    private static partial Regex SecretAssignment();

    [GeneratedRegex(@"""(?:[^""\\\r\n]|\\.)+""|'(?:[^'\\\r\n]|\\.){2,}'")]
    private static partial Regex StringLiteral();
}
