using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>The sinks by symbol: ADO.NET, EF, Dapper, processes, LDAP, XPath, HTML output, files and archive extraction, redirects, HTTP clients, headers, credentials, keys and certificates.</summary>
internal static class SinkCatalog
{
    private static readonly List<SinkSpec> s_all = [];

    static SinkCatalog()
    {
        string[] commands = ["System.Data.IDbCommand", "System.Data.Common.DbCommand"];
        Add(SinkKinds.Sql, "CommandText", commands, "CommandText");
        Add(SinkKinds.Sql, "the command's SQL", commands, ".ctor", "cmdText", "commandText", "sql");
        Add(SinkKinds.Sql, "the data adapter's SQL", ["System.Data.Common.DbDataAdapter", "System.Data.IDataAdapter"], ".ctor", "selectCommandText");
        Add(SinkKinds.Sql, "ExecuteSqlRaw", ["Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions"], "ExecuteSqlRaw*", "sql");
        Add(SinkKinds.Sql, "SqlQueryRaw", ["Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions"], "SqlQueryRaw", "sql");
        Add(SinkKinds.Sql, "FromSqlRaw", ["Microsoft.EntityFrameworkCore.RelationalQueryableExtensions"], "FromSqlRaw", "sql");
        Add(SinkKinds.Sql, "Database.SqlQuery", ["System.Data.Entity.Database", "System.Data.Entity.DbSet`1", "System.Data.Entity.DbSet"], "SqlQuery", "sql");
        Add(SinkKinds.Sql, "Database.ExecuteSqlCommand", ["System.Data.Entity.Database"], "ExecuteSqlCommand*", "sql");
        Add(SinkKinds.Sql, "DataContext.ExecuteQuery", ["System.Data.Linq.DataContext"], "Execute*", "query", "command");
        Add(SinkKinds.Sql, "Dapper's query", ["Dapper.SqlMapper"], "Query*", "sql");
        Add(SinkKinds.Sql, "Dapper's execute", ["Dapper.SqlMapper"], "Execute*", "sql");

        Add(SinkKinds.Command, "Process.Start", ["System.Diagnostics.Process"], "Start", "fileName", "arguments");
        Add(SinkKinds.Command, "ProcessStartInfo", ["System.Diagnostics.ProcessStartInfo"], ".ctor", "fileName", "arguments");
        Add(SinkKinds.Command, "ProcessStartInfo.FileName", ["System.Diagnostics.ProcessStartInfo"], "FileName");
        Add(SinkKinds.Command, "ProcessStartInfo.Arguments", ["System.Diagnostics.ProcessStartInfo"], "Arguments");

        Add(SinkKinds.Ldap, "DirectorySearcher.Filter", ["System.DirectoryServices.DirectorySearcher"], "Filter");
        Add(SinkKinds.Ldap, "DirectorySearcher", ["System.DirectoryServices.DirectorySearcher"], ".ctor", "filter");
        Add(SinkKinds.Ldap, "DirectoryEntry", ["System.DirectoryServices.DirectoryEntry"], ".ctor", "path");
        Add(SinkKinds.Ldap, "DirectoryEntry.Path", ["System.DirectoryServices.DirectoryEntry"], "Path");
        Add(SinkKinds.Ldap, "SearchRequest", ["System.DirectoryServices.Protocols.SearchRequest"], ".ctor", "ldapFilter", "filter");
        Add(SinkKinds.Ldap, "SearchRequest.Filter", ["System.DirectoryServices.Protocols.SearchRequest"], "Filter");

        foreach (var m in new[] { "Select", "SelectSingleNode", "SelectNodes", "Evaluate", "Compile", "Matches", "SelectDescendants" })
        {
            Add(SinkKinds.XPath, "XPathNavigator." + m, ["System.Xml.XPath.XPathNavigator"], m, "xpath");
        }

        Add(SinkKinds.XPath, "XmlNode.SelectNodes", ["System.Xml.XmlNode"], "SelectNodes", "xpath");
        Add(SinkKinds.XPath, "XmlNode.SelectSingleNode", ["System.Xml.XmlNode"], "SelectSingleNode", "xpath");
        Add(SinkKinds.XPath, "XPathExpression.Compile", ["System.Xml.XPath.XPathExpression"], "Compile", "xpath");
        Add(SinkKinds.XPath, "XPathSelectElement", ["System.Xml.XPath.Extensions"], "XPath*", "expression");

        string[] webResponses = ["System.Web.HttpResponse", "System.Web.HttpResponseBase"];
        Add(SinkKinds.Html, "Response.Write", webResponses, "Write", "s", "obj", "ch", "buffer");
        Add(SinkKinds.Html, "Response.StatusDescription", webResponses, "StatusDescription");
        Add(SinkKinds.Html, "Response.WriteAsync", ["Microsoft.AspNetCore.Http.HttpResponseWritingExtensions"], "WriteAsync", "text");
        Add(SinkKinds.Html, "Html.Raw", ["Microsoft.AspNetCore.Mvc.Rendering.IHtmlHelper", "System.Web.Mvc.HtmlHelper", "System.Web.WebPages.Html.HtmlHelper"], "Raw", "value");
        Add(SinkKinds.Html, "HtmlString", ["Microsoft.AspNetCore.Html.HtmlString", "System.Web.HtmlString"], ".ctor", "value");
        Add(SinkKinds.Html, "MvcHtmlString.Create", ["System.Web.Mvc.MvcHtmlString"], "Create", "value");
        Add(SinkKinds.Html, "Literal.Text", ["System.Web.UI.WebControls.Literal", "System.Web.UI.WebControls.Label"], "Text");
        Add(SinkKinds.Html, "InnerHtml", ["System.Web.UI.HtmlControls.HtmlContainerControl"], "InnerHtml");

        Add(SinkKinds.Path, "a File method", ["System.IO.File"], "*", "path", "sourceFileName", "destFileName", "destinationFileName", "destinationBackupFileName");
        Add(SinkKinds.Path, "a Directory method", ["System.IO.Directory"], "*", "path", "sourceDirName", "destDirName");
        Add(SinkKinds.Path, "FileStream", ["System.IO.FileStream"], ".ctor", "path");
        Add(SinkKinds.Path, "StreamReader", ["System.IO.StreamReader", "System.IO.StreamWriter"], ".ctor", "path");
        Add(SinkKinds.Path, "FileInfo", ["System.IO.FileInfo", "System.IO.DirectoryInfo"], ".ctor", "fileName", "path");
        Add(SinkKinds.Path, "XmlDocument.Load", ["System.Xml.XmlDocument"], "Load", "filename");
        Add(SinkKinds.Path, "PhysicalFile", ["Microsoft.AspNetCore.Mvc.ControllerBase", "Microsoft.AspNetCore.Http.Results", "Microsoft.AspNetCore.Http.TypedResults"], "PhysicalFile", "physicalPath", "path");
        Add(SinkKinds.Path, "PhysicalFileResult", ["Microsoft.AspNetCore.Mvc.PhysicalFileResult"], ".ctor", "fileName");
        Add(SinkKinds.Path, "ExtractToFile", ["System.IO.Compression.ZipFileExtensions", "System.Formats.Tar.TarEntry"], "ExtractToFile", "destinationFileName");
        Add(SinkKinds.Path, "Response.TransmitFile", webResponses, "TransmitFile", "filename");
        Add(SinkKinds.Path, "Response.WriteFile", webResponses, "WriteFile", "filename");

        Add(SinkKinds.Redirect, "Response.Redirect", [.. webResponses, "Microsoft.AspNetCore.Http.HttpResponse"], "Redirect*", "url", "location");
        Add(SinkKinds.Redirect, "Redirect", ["Microsoft.AspNetCore.Mvc.ControllerBase", "System.Web.Mvc.Controller"], "Redirect*", "url");
        Add(SinkKinds.Redirect, "RedirectResult", ["Microsoft.AspNetCore.Mvc.RedirectResult", "System.Web.Mvc.RedirectResult"], ".ctor", "url");
        Add(SinkKinds.Redirect, "Results.Redirect", ["Microsoft.AspNetCore.Http.Results", "Microsoft.AspNetCore.Http.TypedResults"], "Redirect", "url");

        foreach (var m in new[] { "GetAsync", "GetStringAsync", "GetByteArrayAsync", "GetStreamAsync", "PostAsync", "PutAsync", "DeleteAsync", "PatchAsync" })
        {
            Add(SinkKinds.Url, "HttpClient." + m, ["System.Net.Http.HttpClient"], m, "requestUri");
        }

        Add(SinkKinds.Url, "HttpClient JSON call", ["System.Net.Http.Json.HttpClientJsonExtensions"], "*", "requestUri");
        Add(SinkKinds.Url, "WebRequest.Create", ["System.Net.WebRequest"], "Create*", "requestUriString", "requestUri");
        Add(SinkKinds.Url, "WebClient", ["System.Net.WebClient"], "*", "address");
        Add(SinkKinds.Url, "HttpRequestMessage", ["System.Net.Http.HttpRequestMessage"], ".ctor", "requestUri");

        Add(SinkKinds.Header, "Response.AddHeader", webResponses, "AddHeader", "value", "name");
        Add(SinkKinds.Header, "Response.AppendHeader", webResponses, "AppendHeader", "value", "name");
        Add(SinkKinds.Header, "HttpCookie", ["System.Web.HttpCookie"], ".ctor", "value");
        Add(SinkKinds.Header, "HttpCookie.Value", ["System.Web.HttpCookie"], "Value");
        Add(SinkKinds.Header, "a response header", ["Microsoft.AspNetCore.Http.IHeaderDictionary"], "Append", "value");
        Add(SinkKinds.Header, "a response cookie", ["Microsoft.AspNetCore.Http.IResponseCookies"], "Append", "value");

        Add(SinkKinds.Credential, "NetworkCredential's password", ["System.Net.NetworkCredential"], ".ctor", "password");
        Add(SinkKinds.Credential, "NetworkCredential.Password", ["System.Net.NetworkCredential"], "Password");
        Add(SinkKinds.Credential, "the key derivation's password", ["System.Security.Cryptography.PasswordDeriveBytes", "System.Security.Cryptography.Rfc2898DeriveBytes"], ".ctor", "password", "strPassword");
        Add(SinkKinds.Credential, "the cipher's key", ["System.Security.Cryptography.SymmetricAlgorithm"], "Key");
        Add(SinkKinds.Credential, "the cipher's key", ["System.Security.Cryptography.SymmetricAlgorithm"], "Create*", "rgbKey", "key");
        Add(SinkKinds.Credential, "the HMAC key", ["System.Security.Cryptography.HMAC", "System.Security.Cryptography.KeyedHashAlgorithm"], ".ctor", "key");
        Add(SinkKinds.Credential, "the HMAC key", ["System.Security.Cryptography.KeyedHashAlgorithm"], "Key");
        Add(SinkKinds.Credential, "the cipher's key", ["System.Security.Cryptography.AesGcm", "System.Security.Cryptography.AesCcm", "System.Security.Cryptography.ChaCha20Poly1305"], ".ctor", "key");
        string[] certificates = ["System.Security.Cryptography.X509Certificates.X509Certificate", "System.Security.Cryptography.X509Certificates.X509Certificate2"];
        Add(SinkKinds.Credential, "a certificate", certificates, ".ctor", "rawData", "data");
        Add(SinkKinds.Credential, "a certificate", ["System.Security.Cryptography.X509Certificates.X509CertificateLoader"], "Load*", "data");
        Add(SinkKinds.Credential, "a certificate and its key", ["System.Security.Cryptography.X509Certificates.X509Certificate2"], "CreateFromPem", "certPem", "keyPem");
        Add(SinkKinds.Credential, "DirectoryEntry's password", ["System.DirectoryServices.DirectoryEntry"], ".ctor", "password");
        s_all.Add(new SinkSpec(SinkKinds.Credential, "the connection string's password", Set("System.Data.Common.DbConnection", "System.Data.IDbConnection"), ".ctor", Set("connectionString")) { NeedsPasswordText = true });
        s_all.Add(new SinkSpec(SinkKinds.Credential, "the connection string's password", Set("System.Data.Common.DbConnection", "System.Data.IDbConnection"), "ConnectionString", Set()) { NeedsPasswordText = true });
    }

    /// <summary>The sinks a call or constructor is, with the parameter names they watch.</summary>
    public static IEnumerable<SinkSpec> ForMethod(IMethodSymbol method, ITypeSymbol? receiverType)
    {
        var name = method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name;
        foreach (var spec in s_all)
        {
            if (spec.Parameters.Count > 0 && spec.MatchesName(name) && (spec.Member != "*" || method.MethodKind == MethodKind.Ordinary)
                && (TypeNames.Is(method.ContainingType, spec.Types) || receiverType is not null && TypeNames.Is(receiverType, spec.Types))
                && !(spec.Kind == SinkKinds.Path && name is "Exists" or "GetCreationTime" or "GetLastWriteTime"))
            {
                yield return spec;
            }
        }
    }

    /// <summary>The sinks a property assignment is.</summary>
    public static IEnumerable<SinkSpec> ForProperty(IPropertySymbol property, ITypeSymbol? receiverType) => s_all.Where(spec =>
        spec.Parameters.Count == 0 && spec.Member == property.Name
        && (TypeNames.Is(property.ContainingType, spec.Types) || receiverType is not null && TypeNames.Is(receiverType, spec.Types)));

    /// <summary>
    /// The names a sink is written with: its members' names and its types' simple names, exact or
    /// (for a trailing '*') as prefixes; a bare '*' stands for every member the type has here.
    /// </summary>
    public static (HashSet<string> Names, List<string> Prefixes) Names(Compilation compilation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var spec in s_all)
        {
            foreach (var type in spec.Types)
            {
                names.Add(SimpleName(type));
                if (spec.Member == "*" && compilation.GetTypeByMetadataName(type) is { } symbol)
                {
                    names.UnionWith(symbol.MemberNames);
                }
            }

            if (spec.Member.EndsWith('*') && spec.Member.Length > 1)
            {
                prefixes.Add(spec.Member[..^1]);
            }
            else if (spec.Member is not ("*" or ".ctor"))
            {
                names.Add(spec.Member);
            }
        }

        return (names, prefixes.Distinct(StringComparer.Ordinal).ToList());
    }

    private static string SimpleName(string metadataName)
    {
        var name = metadataName[(metadataName.LastIndexOfAny(['.', '+']) + 1)..];
        return name.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0 ? name[..tick] : name;
    }

    private static void Add(SinkKinds kind, string what, string[] types, string member, params string[] parameters) =>
        s_all.Add(new SinkSpec(kind, what, Set(types), member, Set(parameters)));

    private static HashSet<string> Set(params string[] items) => new(items, StringComparer.Ordinal);
}
