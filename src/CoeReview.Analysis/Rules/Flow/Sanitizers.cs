namespace CoeReview.Analysis.Rules.Flow;

/// <summary>Calls whose result no longer carries the attacker's text for a kind of sink.</summary>
internal static class Sanitizers
{
    private static readonly string[] s_html = ["HtmlEncode", "HtmlAttributeEncode", "JavaScriptStringEncode", "Encode", "UrlEncode", "EscapeDataString", "EscapeUriString"];

    private static readonly string[] s_path = ["GetFileName", "GetRandomFileName", "GetTempFileName"];

    /// <summary>Validation calls that, in a condition, vouch for the variable they check (allow-lists, prefix checks, patterns).</summary>
    public static readonly HashSet<string> Guards = new(StringComparer.Ordinal)
    {
        "Contains", "ContainsKey", "TryGetValue", "IsLocalUrl", "IsMatch", "StartsWith", "Equals", "IsDefined", "IsWellFormedUriString", "IsBaseOf", "ContainsValue",
    };

    public static bool Cleans(string method, SinkKind kind)
    {
        // Project helpers that say what they do (EscapeLdap, SanitizeFileName, EncodeForXPath) are trusted for every sink.
        if (method.Contains("Escape", StringComparison.Ordinal) || method.Contains("Sanitize", StringComparison.Ordinal)
            || method.Contains("Sanitise", StringComparison.Ordinal) || method.StartsWith("Encode", StringComparison.Ordinal))
        {
            return true;
        }

        return kind switch
        {
            SinkKind.Html => s_html.Contains(method, StringComparer.Ordinal),
            SinkKind.Path => s_path.Contains(method, StringComparer.Ordinal),
            SinkKind.Redirect or SinkKind.Url => method is "Action" or "RouteUrl" or "Content" or "Page",
            _ => false,
        };
    }

    /// <summary>Calls whose result is a number, flag or parsed scalar whatever their input.</summary>
    public static bool YieldsScalar(string method) => method is "Parse" or "TryParse" or "ToInt32" or "ToInt64" or "ToInt16" or "ToDecimal" or "ToDouble"
        or "ToBoolean" or "GetHashCode" or "CompareTo" or "IndexOf" or "LastIndexOf" or "Count" or "LongCount" or "Any" or "All" or "Sum" or "Max" or "Min"
        or "Equals" or "StartsWith" or "EndsWith" or "Contains" or "IsNullOrEmpty" or "IsNullOrWhiteSpace" or "NewGuid" or "Exists";
}
