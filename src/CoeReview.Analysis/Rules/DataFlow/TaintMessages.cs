namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>The rule, message and suggestion for a taint hit: what reached what, by which path, and what to do.</summary>
internal static class TaintMessages
{
    public static (RuleDescriptor Rule, string Message, string? Suggestion) Of(TaintHit hit)
    {
        var origin = hit.Value.Origin ?? "untrusted input";
        var path = hit.Value.Path is { } p ? $" (via {p})" : "";
        var built = hit.Value.Built ? " built by concatenation, interpolation or formatting" : "";
        return hit.Kind switch
        {
            SinkKinds.Sql => (CoeRules.SqlInjection, $"SQL text{built} from {origin}{path} reaches {hit.What}, so a caller can change the query (SQL injection, CWE-89).",
                "Keep the SQL constant with @parameters and pass the values as parameters."),
            SinkKinds.Command => (CoeRules.CommandInjection, $"The command line for {hit.What} comes from {origin}{path}, so a caller can run other programs or arguments (OS command injection, CWE-78).",
                "Pass arguments through ProcessStartInfo.ArgumentList, never through a shell, and check them against an allow-list."),
            SinkKinds.Ldap => (CoeRules.LdapInjection, $"The LDAP filter or path for {hit.What} is built from {origin}{path} without escaping (LDAP injection, CWE-90).",
                "Escape the value for LDAP filters (RFC 4515: \\28 \\29 \\2a \\5c \\00) or check it against an allow-list."),
            SinkKinds.XPath => (CoeRules.XPathInjection, $"The XPath expression for {hit.What} is built from {origin}{path}, so a caller can change the query (XPath injection, CWE-643).",
                "Use XPath variables (XsltArgumentList / a custom XsltContext) or escape the value with SecurityElement.Escape."),
            SinkKinds.Html => (CoeRules.Xss, $"{hit.What} writes {origin}{path} into the page without HTML encoding (cross-site scripting, CWE-79).",
                "Encode the value first: HttpUtility.HtmlEncode(value) or HtmlEncoder.Default.Encode(value)."),
            SinkKinds.Path => (CoeRules.PathTraversal, $"The path given to {hit.What} comes from {origin}{path} with no canonical-path check, so '../' can escape the folder (path traversal, CWE-22).",
                "Use Path.GetFileName(name), or check Path.GetFullPath(path).StartsWith(root) before using it."),
            SinkKinds.Redirect => (CoeRules.OpenRedirect, $"{hit.What} sends the user to a URL taken from {origin}{path} without checking it is local (open redirect, CWE-601).",
                "Use LocalRedirect(url), or check Url.IsLocalUrl(url) first."),
            SinkKinds.Url => (CoeRules.Ssrf, $"{hit.What} requests a URL taken from {origin}{path}, so a caller can make the server reach internal hosts (SSRF, CWE-918).",
                "Check the host against an allow-list before the request."),
            SinkKinds.Header => (CoeRules.HeaderInjection, $"{hit.What} gets {origin}{path} unencoded; CR/LF in it splits the response (HTTP header injection, CWE-113).",
                "URL-encode the value (HttpUtility.UrlEncode / Uri.EscapeDataString) or reject CR and LF."),
            _ => (CoeRules.HardcodedSecret, $"A literal from the source code{path} is used as {hit.What} (hard-coded credential, CWE-798): anyone with the code or the binary has it.",
                "Read the secret from configuration, a secret store or the environment at run time."),
        };
    }
}
