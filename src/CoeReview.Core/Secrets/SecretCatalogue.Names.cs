using System.Text.RegularExpressions;

namespace CoeReview.Core.Secrets;

/// <summary>Names: identifiers read word by word (camelCase, snake_case) to tell secret-like names from look-alikes.</summary>
public static partial class SecretCatalogue
{
    private static readonly HashSet<string> s_secretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "pw", "passphrase", "secret", "secrets", "token", "tokens", "apikey", "salt", "nonce", "otp", "credential",
        "credentials", "privatekey", "pin", "iv", "hmac", "signature", "signing", "totp", "sessionid", "csrf", "xsrf",
    };

    // "key" is a secret only when nothing says it is a lookup key.
    private static readonly HashSet<string> s_keyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "private", "secret", "signing", "encryption", "access", "master", "client", "subscription", "license", "aes", "hmac", "crypto", "auth", "session",
    };

    private static readonly HashSet<string> s_notSecret = new(StringComparer.Ordinal)
    {
        "cache", "primary", "foreign", "lookup", "dictionary", "partition", "sort", "row", "map", "hash", "idempotency", "route", "resource", "translation",
        "cancellation", "tokenizer", "tokenize", "tokens", "count", "length", "max", "min", "type", "kind", "name", "names", "header", "field", "prop", "property",
        "expiry", "expires", "expiration", "lifetime", "url", "uri", "endpoint", "path", "file", "policy", "regex", "pattern", "format", "label", "placeholder",
    };

    /// <summary>Lower-case words of an identifier: "apiKeyValue" → api, key, value.</summary>
    public static IReadOnlyList<string> Words(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        return WordPattern().Matches(identifier).Select(m => m.Value.ToLowerInvariant()).ToList();
    }

    /// <summary>True for names like password, apiKey, ResetToken, client_secret; false for cacheKey, tokenCount, passwordPolicy.</summary>
    public static bool IsSecretName(string identifier)
    {
        var words = Words(identifier);
        if (words.Count == 0 || words.Any(s_notSecret.Contains))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (s_secretWords.Contains(words[i]))
            {
                return true;
            }

            if (words[i] == "key" && (words.Count == 1 || (i > 0 && s_keyQualifiers.Contains(words[i - 1]))))
            {
                return true;
            }

            if (words[i] == "connection" && i + 1 < words.Count && words[i + 1] == "string")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a value given this name is a secret: a secret-like name and a secret-looking value.</summary>
    public static bool IsSecretAssignment(string name, string value) => IsSecretName(name) && LooksLikeSecretValue(value);

    /// <summary>
    /// Values the text gives to secret-like names and that look like secrets: <c>ClientSecret = "…"</c>,
    /// <c>"ApiKey": "…"</c>, <c>["ApiKey"] = "…"</c>, <c>password: "…"</c>, and whole config lines such as
    /// <c>API_KEY=…</c> or <c>token: …</c>. Each match has the groups "name" and "value".
    /// </summary>
    public static IEnumerable<Match> SecretAssignments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return QuotedAssignment().Matches(text).Concat(ConfigLine().Matches(text))
            .Where(m => IsSecretAssignment(LastName(m.Groups["name"].Value), m.Groups["value"].Value));
    }

    /// <summary>Where string literals are passed to a constructor that takes a credential (new NetworkCredential("u", "p")): each group is the argument list.</summary>
    public static IEnumerable<Group> CredentialArguments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CredentialConstructor().Matches(text).Select(m => m.Groups["args"]);
    }

    // The member's own name: options.ClientSecret is a ClientSecret, as the rule reads it from the syntax tree.
    private static string LastName(string name) => name[(name.LastIndexOfAny(['.', ':']) + 1)..];

    [GeneratedRegex("[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")]
    private static partial Regex WordPattern();

    // name, an optional closing quote or indexer bracket, an optional { get; set; } accessor list, the operator, then a quoted value.
    [GeneratedRegex(@"(?<![\w.\-])(?<name>[A-Za-z_][\w.\-]*)[""']?\]?[ \t]*(?:\{[^{}\r\n]*\}[ \t]*)?(?:=>|:=|=|:)[ \t]*@?\$?(?<q>[""'`])(?<value>[^""'`\r\n]*)\k<q>")]
    private static partial Regex QuotedAssignment();

    // A whole .env, YAML, ini or properties line; the value stops at anything code would have ((), ;, quotes).
    [GeneratedRegex(@"^[ \t]*(?:-[ \t]+)?(?:export[ \t]+)?(?<name>[A-Za-z_][\w.\-]*)[ \t]*[:=][ \t]*(?<value>[^\s""'`,;(){}<>=][^\s""'`,;(){}<>]*)[ \t\r]*$", RegexOptions.Multiline)]
    private static partial Regex ConfigLine();

    // The constructors the taint rule's credential sinks name, for literals written straight into the call.
    [GeneratedRegex(@"\bnew[ \t]+(?:[\w.]+\.)?(?:NetworkCredential|PasswordDeriveBytes|Rfc2898DeriveBytes|DirectoryEntry|HMAC\w*)[ \t]*\((?<args>[^\r\n]*)")]
    private static partial Regex CredentialConstructor();
}
