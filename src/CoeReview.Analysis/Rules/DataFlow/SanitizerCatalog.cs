using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>Calls whose result no longer carries the attacker's text for some sink kinds, and only those.</summary>
internal static class SanitizerCatalog
{
    private const SinkKinds Encoded = SinkKinds.Html | SinkKinds.Header | SinkKinds.XPath | SinkKinds.Ldap | SinkKinds.Command | SinkKinds.Sql;

    private static readonly Dictionary<string, Dictionary<string, SinkKinds>> s_byType = new(StringComparer.Ordinal)
    {
        ["System.Web.HttpUtility"] = Map(("HtmlEncode", SinkKinds.Html), ("HtmlAttributeEncode", SinkKinds.Html), ("JavaScriptStringEncode", SinkKinds.Html),
            ("UrlEncode", Encoded), ("UrlPathEncode", SinkKinds.Header)),
        ["System.Web.HttpServerUtility"] = Map(("HtmlEncode", SinkKinds.Html), ("UrlEncode", Encoded), ("UrlPathEncode", SinkKinds.Header)),
        ["System.Web.HttpServerUtilityBase"] = Map(("HtmlEncode", SinkKinds.Html), ("UrlEncode", Encoded)),
        ["System.Net.WebUtility"] = Map(("HtmlEncode", SinkKinds.Html), ("UrlEncode", Encoded)),
        ["System.Uri"] = Map(("EscapeDataString", Encoded), ("EscapeUriString", SinkKinds.Header | SinkKinds.Html)),
        ["System.Text.Encodings.Web.HtmlEncoder"] = Map(("Encode", SinkKinds.Html)),
        ["System.Text.Encodings.Web.JavaScriptEncoder"] = Map(("Encode", SinkKinds.Html)),
        ["System.Text.Encodings.Web.UrlEncoder"] = Map(("Encode", Encoded)),
        ["System.Security.SecurityElement"] = Map(("Escape", SinkKinds.XPath | SinkKinds.Html)),
        ["Microsoft.Security.Application.Encoder"] = Map(("HtmlEncode", SinkKinds.Html), ("HtmlAttributeEncode", SinkKinds.Html), ("JavaScriptEncode", SinkKinds.Html),
            ("UrlEncode", Encoded), ("LdapFilterEncode", SinkKinds.Ldap), ("LdapDistinguishedNameEncode", SinkKinds.Ldap), ("XmlEncode", SinkKinds.XPath | SinkKinds.Html)),
        ["System.Web.Security.AntiXss.AntiXssEncoder"] = Map(("HtmlEncode", SinkKinds.Html), ("UrlEncode", Encoded), ("XmlEncode", SinkKinds.XPath | SinkKinds.Html)),
        ["System.IO.Path"] = Map(("GetFileName", SinkKinds.Path), ("GetFileNameWithoutExtension", SinkKinds.Path), ("GetExtension", SinkKinds.Path | SinkKinds.Html),
            ("GetRandomFileName", SinkKinds.All), ("GetTempFileName", SinkKinds.All)),
        ["Microsoft.AspNetCore.Mvc.IUrlHelper"] = Map(("Action", SinkKinds.Redirect | SinkKinds.Url), ("RouteUrl", SinkKinds.Redirect), ("Content", SinkKinds.Redirect), ("Page", SinkKinds.Redirect)),
    };

    // A project's own helper is trusted only for the sink its name says it protects (EscapeLdap, SanitizeFileName).
    private static readonly (SinkKinds Kind, string[] Words)[] s_ownHelpers =
    [
        (SinkKinds.Sql, ["sql", "query"]), (SinkKinds.Ldap, ["ldap"]), (SinkKinds.XPath, ["xpath", "xml"]), (SinkKinds.Html, ["html", "xss", "script"]),
        (SinkKinds.Path, ["path", "filename", "file"]), (SinkKinds.Command, ["arg", "shell", "command", "cmd"]), (SinkKinds.Header, ["header", "crlf", "newline"]),
        (SinkKinds.Redirect, ["redirect", "returnurl", "url"]),
    ];

    /// <summary>The sink kinds a call's result is safe for, whatever went in.</summary>
    public static SinkKinds Cleans(IMethodSymbol method, IInvocationOperation call)
    {
        // HtmlEncoder.Default.Encode is declared on TextEncoder: the receiver's type says which encoding it is.
        for (var t = call.Instance?.Type ?? method.ContainingType; t is not null; t = t.BaseType)
        {
            if (s_byType.TryGetValue(TypeNames.Of(t), out var members) && members.TryGetValue(method.Name, out var kinds))
            {
                return kinds;
            }
        }

        if (method.ContainingType.SpecialType == SpecialType.System_String && method.Name == "Replace" && call.Arguments.Length == 2
            && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: "\n" or "\r\n" or "\r" or '\n' or '\r' })
        {
            return SinkKinds.Header;
        }

        if (method.Locations.Any(l => l.IsInSource))
        {
            var name = method.Name.ToLowerInvariant();
            if (name.Contains("escape", StringComparison.Ordinal) || name.Contains("encode", StringComparison.Ordinal) || name.Contains("sanitiz", StringComparison.Ordinal)
                || name.Contains("sanitis", StringComparison.Ordinal) || name.Contains("quote", StringComparison.Ordinal))
            {
                return s_ownHelpers.Where(h => h.Words.Any(w => name.Contains(w, StringComparison.Ordinal))).Aggregate(SinkKinds.None, (a, h) => a | h.Kind);
            }
        }

        return SinkKinds.None;
    }

    private static Dictionary<string, SinkKinds> Map(params (string Name, SinkKinds Kinds)[] entries) => entries.ToDictionary(e => e.Name, e => e.Kinds, StringComparer.Ordinal);
}
