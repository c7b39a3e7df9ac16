using CoeReview.Analysis.Rules.Flow;

namespace CoeReview.Analysis.Rules.Security;

/// <summary>A place untrusted text must not reach: which argument(s) of which call or constructor, and for which sink kind.</summary>
internal sealed record Sink(SinkKind Kind, RuleDescriptor Rule, string What, int[] Arguments, Func<string?, bool>? Receiver = null);

/// <summary>The injection sinks by method name and by created type name.</summary>
internal static class Sinks
{
    private static readonly int[] s_first = [0];
    private static readonly int[] s_firstTwo = [0, 1];
    private static readonly int[] s_second = [1];

    private static bool IsFile(string? receiver) => receiver is "File" or "Directory";

    private static bool IsConnection(string? receiver) => receiver is not null &&
        (receiver.Contains("conn", StringComparison.OrdinalIgnoreCase) || receiver.Contains("db", StringComparison.OrdinalIgnoreCase)
        || receiver.Contains("transaction", StringComparison.OrdinalIgnoreCase));

    private static bool IsResponse(string? receiver) => receiver is "Response" or "response" or "HttpResponse";

    private static bool IsHttpClient(string? receiver) => receiver is not null &&
        (receiver.Contains("client", StringComparison.OrdinalIgnoreCase) || receiver.Contains("http", StringComparison.OrdinalIgnoreCase));

    public static readonly Dictionary<string, Sink> ByMethod = Build();

    public static readonly Dictionary<string, Sink> ByCreatedType = new(StringComparer.Ordinal)
    {
        ["SqlCommand"] = new(SinkKind.Sql, CoeRules.SqlInjection, "SqlCommand", s_first),
        ["SqliteCommand"] = new(SinkKind.Sql, CoeRules.SqlInjection, "SqliteCommand", s_first),
        ["NpgsqlCommand"] = new(SinkKind.Sql, CoeRules.SqlInjection, "NpgsqlCommand", s_first),
        ["MySqlCommand"] = new(SinkKind.Sql, CoeRules.SqlInjection, "MySqlCommand", s_first),
        ["OracleCommand"] = new(SinkKind.Sql, CoeRules.SqlInjection, "OracleCommand", s_first),
        ["OleDbCommand"] = new(SinkKind.Sql, CoeRules.SqlInjection, "OleDbCommand", s_first),
        ["OdbcCommand"] = new(SinkKind.Sql, CoeRules.SqlInjection, "OdbcCommand", s_first),
        ["SqlDataAdapter"] = new(SinkKind.Sql, CoeRules.SqlInjection, "SqlDataAdapter", s_first),
        ["ProcessStartInfo"] = new(SinkKind.Command, CoeRules.CommandInjection, "ProcessStartInfo", s_firstTwo),
        ["DirectorySearcher"] = new(SinkKind.Ldap, CoeRules.LdapInjection, "DirectorySearcher", s_first),
        ["DirectoryEntry"] = new(SinkKind.Ldap, CoeRules.LdapInjection, "DirectoryEntry", s_first),
        ["SearchRequest"] = new(SinkKind.Ldap, CoeRules.LdapInjection, "SearchRequest", s_firstTwo),
        ["FileStream"] = new(SinkKind.Path, CoeRules.PathTraversal, "FileStream", s_first),
        ["StreamReader"] = new(SinkKind.Path, CoeRules.PathTraversal, "StreamReader", s_first),
        ["StreamWriter"] = new(SinkKind.Path, CoeRules.PathTraversal, "StreamWriter", s_first),
        ["FileInfo"] = new(SinkKind.Path, CoeRules.PathTraversal, "FileInfo", s_first),
        ["PhysicalFileResult"] = new(SinkKind.Path, CoeRules.PathTraversal, "PhysicalFileResult", s_first),
        ["HtmlString"] = new(SinkKind.Html, CoeRules.Xss, "HtmlString", s_first),
        ["RedirectResult"] = new(SinkKind.Redirect, CoeRules.OpenRedirect, "RedirectResult", s_first),
        ["HttpRequestMessage"] = new(SinkKind.Url, CoeRules.Ssrf, "HttpRequestMessage", s_second),
    };

    private static Dictionary<string, Sink> Build()
    {
        var map = new Dictionary<string, Sink>(StringComparer.Ordinal);
        foreach (var m in new[] { "ExecuteSqlRaw", "ExecuteSqlRawAsync", "FromSqlRaw", "SqlQueryRaw", "ExecuteQuery", "ExecuteCommand" })
        {
            map[m] = new(SinkKind.Sql, CoeRules.SqlInjection, m, s_first);
        }

        foreach (var m in new[] { "Query", "QueryAsync", "QueryFirst", "QueryFirstAsync", "QueryFirstOrDefault", "QueryFirstOrDefaultAsync", "QuerySingle",
                     "QuerySingleAsync", "QuerySingleOrDefault", "QuerySingleOrDefaultAsync", "QueryMultiple", "QueryMultipleAsync", "Execute", "ExecuteAsync",
                     "ExecuteScalar", "ExecuteScalarAsync", "ExecuteReader", "ExecuteReaderAsync" })
        {
            map[m] = new(SinkKind.Sql, CoeRules.SqlInjection, "Dapper's " + m, s_first, IsConnection);
        }

        map["Start"] = new(SinkKind.Command, CoeRules.CommandInjection, "Process.Start", s_firstTwo, r => r == "Process");
        foreach (var m in new[] { "SelectNodes", "SelectSingleNode", "XPathSelectElement", "XPathSelectElements", "XPathEvaluate", "Evaluate", "Compile", "SelectSingleNodeAsync" })
        {
            map[m] = new(SinkKind.XPath, CoeRules.XPathInjection, m, s_first, m is "Evaluate" or "Compile" ? r => r is not null && r.Contains("nav", StringComparison.OrdinalIgnoreCase) || r == "XPathExpression" : null);
        }

        map["Write"] = new(SinkKind.Html, CoeRules.Xss, "Response.Write", s_first, IsResponse);
        map["WriteAsync"] = new(SinkKind.Html, CoeRules.Xss, "Response.WriteAsync", s_first, IsResponse);
        map["Raw"] = new(SinkKind.Html, CoeRules.Xss, "Html.Raw", s_first, r => r is not null && r.Contains("html", StringComparison.OrdinalIgnoreCase));
        foreach (var m in new[] { "Redirect", "RedirectPermanent", "RedirectPreserveMethod", "RedirectPermanentPreserveMethod" })
        {
            map[m] = new(SinkKind.Redirect, CoeRules.OpenRedirect, m, s_first, r => r is null or "Response" or "Results" or "TypedResults" or "HttpContext" or "Context");
        }

        foreach (var m in new[] { "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "DeleteAsync", "PatchAsync",
                     "GetFromJsonAsync", "PostAsJsonAsync", "PutAsJsonAsync", "DownloadString", "DownloadStringTaskAsync", "DownloadData", "OpenRead" })
        {
            map[m] = new(SinkKind.Url, CoeRules.Ssrf, m, s_first, m == "OpenRead" ? r => r is not null && r.Contains("web", StringComparison.OrdinalIgnoreCase) : IsHttpClient);
        }

        map["Create"] = new(SinkKind.Url, CoeRules.Ssrf, "WebRequest.Create", s_first, r => r is "WebRequest" or "HttpWebRequest");
        foreach (var m in new[] { "ReadAllText", "ReadAllTextAsync", "ReadAllBytes", "ReadAllBytesAsync", "ReadAllLines", "ReadAllLinesAsync", "ReadLines", "OpenRead",
                     "OpenText", "OpenWrite", "Open", "WriteAllText", "WriteAllTextAsync", "WriteAllBytes", "WriteAllBytesAsync", "AppendAllText", "Delete", "Copy",
                     "Move", "GetFiles", "EnumerateFiles", "CreateText" })
        {
            var sink = new Sink(SinkKind.Path, CoeRules.PathTraversal, "File." + m, m is "Copy" or "Move" ? s_firstTwo : s_first, IsFile);
            map[m + "@file"] = sink;
        }

        map["PhysicalFile"] = new(SinkKind.Path, CoeRules.PathTraversal, "PhysicalFile", s_first, r => r is null or "Results" or "TypedResults");
        return map;
    }

    /// <summary>The sink for a call, given its method name and receiver's simple name.</summary>
    public static Sink? ForCall(string method, string? receiver)
    {
        if (IsFile(receiver) && ByMethod.TryGetValue(method + "@file", out var file))
        {
            return file;
        }

        return ByMethod.TryGetValue(method, out var sink) && (sink.Receiver is null || sink.Receiver(receiver)) ? sink : null;
    }
}
