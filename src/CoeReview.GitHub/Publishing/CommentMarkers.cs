using System.Text.RegularExpressions;

namespace CoeReview.GitHub.Publishing;

/// <summary>
/// Hidden HTML comments that tie what CoeReview posted to findings, so a re-run posts nothing twice
/// and can find its own earlier comments (reviewdog's approach, service/github).
/// Finding text is escaped before it reaches a body, so it cannot forge a marker.
/// </summary>
internal static partial class CommentMarkers
{
    /// <summary>Marks the one summary comment that each run edits in place.</summary>
    public const string Summary = "<!-- coe-review:summary -->";

    [GeneratedRegex(@"<!-- coe-review:fp=([A-Za-z0-9._-]{1,128})( resolved)? -->")]
    private static partial Regex Marker();

    public static string For(string fingerprint) => $"<!-- coe-review:fp={Safe(fingerprint)} -->";

    public static string ResolvedFor(string fingerprint) => $"<!-- coe-review:fp={Safe(fingerprint)} resolved -->";

    /// <summary>The fingerprints a body carries and whether each was marked resolved.</summary>
    public static IReadOnlyList<(string Fingerprint, bool Resolved)> Parse(string? body) =>
        body is null ? [] : Marker().Matches(body).Select(m => (m.Groups[1].Value, m.Groups[2].Success)).ToList();

    /// <summary>True when the body's last line is one of our markers, as in every comment CoeReview writes.</summary>
    public static bool EndsWithMarker(string? body)
    {
        var trimmed = body?.TrimEnd() ?? "";
        var last = trimmed.LastIndexOf('\n') is var i && i >= 0 ? trimmed[(i + 1)..] : trimmed;
        return Marker().Match(last) is { Success: true } m && m.Index == 0 && m.Length == last.Length;
    }

    /// <summary>The body without any of our markers.</summary>
    public static string Strip(string body) => Marker().Replace(body, "").TrimEnd();

    private static string Safe(string fingerprint) =>
        fingerprint.Length > 0 && fingerprint.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            ? fingerprint
            : throw new ArgumentException($"fingerprint '{fingerprint}' has characters a marker cannot hold", nameof(fingerprint));
}
