using System.Text;
using System.Text.RegularExpressions;

namespace CoeReview.Core.Secrets;

/// <summary>
/// Replaces secrets in text before it leaves the machine or reaches a log: values it was told about
/// (a token) become ***, and whatever <see cref="SecretCatalogue"/> takes for a secret becomes
/// [REDACTED:kind]. Line breaks are kept, so line numbers stay valid.
/// </summary>
/// <remarks>
/// It redacts what the hard-coded-secret rule reports and a little more: shapes that are documentation
/// examples (AKIA…EXAMPLE), since redacting one costs nothing, and literals passed straight to a
/// credential constructor, which the rule finds by data flow.
/// </remarks>
public sealed partial class SecretRedactor
{
    private static readonly SecretRedactor s_catalogueOnly = new();

    private readonly string[] _known;

    /// <param name="knownValues">Secrets known by value (a token); empty and very short ones are ignored.</param>
    public SecretRedactor(params string?[] knownValues)
    {
        ArgumentNullException.ThrowIfNull(knownValues);
        _known = knownValues.Where(s => s is { Length: >= 4 }).Cast<string>().ToArray();
    }

    /// <summary>A redactor that knows no values, only the catalogue.</summary>
    public static SecretRedactor Default => s_catalogueOnly;

    /// <summary>The text with every known value replaced by *** and every detected secret by [REDACTED:kind], and how many were replaced.</summary>
    public (string Text, int Count) Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        string Mark(string kind)
        {
            count++;
            return $"[REDACTED:{kind}]";
        }

        foreach (var value in _known)
        {
            count += Occurrences(text, value);
            text = text.Replace(value, "***", StringComparison.Ordinal);
        }

        foreach (var shape in SecretCatalogue.Shapes)
        {
            // A key block keeps its line structure: every line inside becomes a marker.
            text = shape.Pattern.Replace(text, m => shape.Kind == SecretCatalogue.PrivateKeyKind
                ? string.Join('\n', m.Value.Split('\n').Select(_ => Mark(shape.Kind)))
                : Mark(shape.Kind));
        }

        text = Replace(text, SecretCatalogue.ConnectionStringPasswords(text), _ => Mark("password"));
        text = Replace(text, SecretCatalogue.SecretAssignments(text).Select(m => m.Groups["value"]), _ => Mark("secret"));
        text = Replace(text, SecretCatalogue.CredentialArguments(text), args => StringLiteral().Replace(args, m => m.Value[0] + Mark("literal") + m.Value[^1]));
        return (text, count);
    }

    /// <summary>True when the text holds something <see cref="Redact"/> would replace.</summary>
    public bool ContainsSecret(string text) => Redact(text).Count > 0;

    private static int Occurrences(string text, string value)
    {
        var n = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    // Replaces the given spans of the text (found on this very text), each by what it maps to.
    private static string Replace(string text, IEnumerable<Group> spans, Func<string, string> by)
    {
        var ordered = spans.Where(g => g.Success).OrderBy(g => g.Index).ToList();
        if (ordered.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var g in ordered)
        {
            if (g.Index < at)
            {
                continue;
            }

            result.Append(text, at, g.Index - at).Append(by(g.Value));
            at = g.Index + g.Length;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    [GeneratedRegex(@"""(?:[^""\\\r\n]|\\.)+""|'(?:[^'\\\r\n]|\\.){2,}'")]
    private static partial Regex StringLiteral();
}
