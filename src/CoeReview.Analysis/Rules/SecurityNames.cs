using System.Text.RegularExpressions;

namespace CoeReview.Analysis.Rules;

/// <summary>Reads identifiers word by word (camelCase, snake_case) to tell secret-like names from look-alikes.</summary>
public static partial class SecurityNames
{
    private static readonly HashSet<string> s_secretWords = new(StringComparer.Ordinal)
    {
        "password", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "tokens", "apikey", "salt", "nonce", "otp", "credential",
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
    public static bool IsSecretLike(string identifier)
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

    [GeneratedRegex("[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")]
    private static partial Regex WordPattern();
}
