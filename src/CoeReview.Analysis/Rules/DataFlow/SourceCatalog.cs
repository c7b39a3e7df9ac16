using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>Where untrusted data enters, by symbol: requests, console, environment, files and streams, sockets, databases, the network, archive entries.</summary>
internal static class SourceCatalog
{
    private static readonly HashSet<string> s_requests = new(StringComparer.Ordinal)
    {
        "System.Web.HttpRequest", "System.Web.HttpRequestBase", "Microsoft.AspNetCore.Http.HttpRequest", "Microsoft.AspNetCore.Http.IFormFile",
        "Microsoft.AspNetCore.Http.IFormCollection", "Microsoft.AspNetCore.Http.IQueryCollection", "Microsoft.AspNetCore.Http.IRequestCookieCollection",
        "Microsoft.Azure.Functions.Worker.Http.HttpRequestData",
    };

    private static readonly Dictionary<string, (string What, HashSet<string> Members)> s_calls = new(StringComparer.Ordinal)
    {
        ["System.Console"] = ("console input", ["ReadLine", "Read", "ReadKey"]),
        ["System.IO.TextReader"] = ("text read from a stream", ["ReadLine", "ReadToEnd", "ReadLineAsync", "ReadToEndAsync", "ReadBlock"]),
        ["System.IO.File"] = ("a file's contents", ["ReadAllText", "ReadAllLines", "ReadLines", "ReadAllBytes", "ReadAllTextAsync", "ReadAllLinesAsync", "ReadAllBytesAsync"]),
        ["System.Environment"] = ("an environment variable or command-line argument", ["GetEnvironmentVariable", "GetEnvironmentVariables", "GetCommandLineArgs", "ExpandEnvironmentVariables"]),
        ["System.Data.IDataRecord"] = ("a database value", ["GetString", "GetValue", "GetValues", "GetFieldValue", "get_Item"]),
        ["System.Data.Common.DbDataReader"] = ("a database value", ["GetString", "GetValue", "GetValues", "GetFieldValue", "GetFieldValueAsync", "get_Item"]),
        ["System.Net.WebClient"] = ("a network response", ["DownloadString", "DownloadData", "OpenRead", "DownloadStringTaskAsync", "DownloadDataTaskAsync"]),
        ["System.Net.Http.HttpClient"] = ("a network response", ["GetStringAsync", "GetByteArrayAsync", "GetStreamAsync"]),
        ["System.Net.Http.HttpContent"] = ("a network response", ["ReadAsStringAsync", "ReadAsStreamAsync", "ReadAsByteArrayAsync"]),
    };

    // Calls that fill a buffer argument with what they read.
    private static readonly Dictionary<string, (string What, HashSet<string> Members)> s_fillers = new(StringComparer.Ordinal)
    {
        ["System.Net.Sockets.Socket"] = ("data from a socket", ["Receive", "ReceiveAsync", "ReceiveFrom"]),
        ["System.IO.Stream"] = ("data read from a stream", ["Read", "ReadAsync", "ReadExactly", "ReadAtLeast"]),
        ["System.IO.TextReader"] = ("text read from a stream", ["Read", "ReadBlock", "ReadAsync"]),
    };

    // The path an archive stores for an entry: whoever made the archive chose it, "../" included (Zip Slip).
    private static readonly Dictionary<string, HashSet<string>> s_archiveEntries = new(StringComparer.Ordinal)
    {
        ["System.IO.Compression.ZipArchiveEntry"] = ["FullName"],
        ["System.Formats.Tar.TarEntry"] = ["Name", "LinkName"],
        ["ICSharpCode.SharpZipLib.Zip.ZipEntry"] = ["Name"],
        ["ICSharpCode.SharpZipLib.Tar.TarEntry"] = ["Name"],
        ["SharpCompress.Common.IEntry"] = ["Key", "LinkTarget"],
    };

    // Request members the server decides or the protocol restricts to tokens: not attacker-shaped text.
    private static readonly HashSet<string> s_notInput = new(StringComparer.Ordinal)
    {
        "Method", "Scheme", "Protocol", "IsHttps", "PathBase", "HttpContext", "HttpMethod", "IsSecureConnection", "IsLocal", "IsAuthenticated",
        "ApplicationPath", "PhysicalApplicationPath", "AppRelativeCurrentExecutionFilePath", "Body", "BodyReader",
    };

    /// <summary>True for a request member that carries text a client shapes (not Method, Scheme, PathBase).</summary>
    public static bool IsInputMember(string name) => !s_notInput.Contains(name);

    /// <summary>
    /// True for a handler parameter a request binds: text, numbers' wrappers, uploaded files, the project's own
    /// DTOs. Services the container injects (interfaces, framework classes, [FromServices]) are not input.
    /// </summary>
    public static bool IsBindable(IParameterSymbol parameter)
    {
        var type = parameter.Type is IArrayTypeSymbol array ? array.ElementType : parameter.Type;
        if (parameter.GetAttributes().Any(a => a.AttributeClass?.Name is "FromServicesAttribute" or "FromKeyedServicesAttribute"))
        {
            return false;
        }

        return type.SpecialType is SpecialType.System_String or SpecialType.System_Object or SpecialType.System_Char
            || type.Name is "StringValues" or "IFormFile" or "IFormFileCollection" or "IFormCollection" or "Uri"
            || type.TypeKind is TypeKind.Class or TypeKind.Struct && type.Locations.Any(l => l.IsInSource);
    }

    /// <summary>True when members of the type return request data (query, form, headers, cookies, route, body).</summary>
    public static bool IsRequest(ITypeSymbol? type) => type is not null && TypeNames.Is(type, s_requests);

    /// <summary>What a call returns when it is a source ("console input"), else null.</summary>
    public static string? OfCall(IMethodSymbol method, ITypeSymbol? receiverType)
    {
        var name = method.MethodKind == MethodKind.PropertyGet ? "get_Item" : method.Name;
        for (var t = (ITypeSymbol?)method.ContainingType; t is not null; t = t.BaseType)
        {
            if (s_calls.TryGetValue(TypeNames.Of(t), out var entry) && entry.Members.Contains(name))
            {
                return entry.What;
            }
        }

        foreach (var i in (receiverType ?? method.ContainingType).AllInterfaces)
        {
            if (s_calls.TryGetValue(TypeNames.Of(i), out var entry) && entry.Members.Contains(name))
            {
                return entry.What;
            }
        }

        return null;
    }

    /// <summary>True for the path an archive gives an entry (ZipArchiveEntry.FullName, TarEntry.Name): untrusted for file paths only.</summary>
    public static bool IsArchiveEntryPath(IPropertySymbol property, ITypeSymbol? receiverType) =>
        s_archiveEntries.Any(e => e.Value.Contains(property.Name) && TypeNames.Is(receiverType ?? property.ContainingType, e.Key));

    /// <summary>True for ZipArchiveEntry.Name, the file name of the entry's path without its folders.</summary>
    public static bool IsArchiveEntryFileName(IPropertySymbol property) =>
        property.Name == "Name" && TypeNames.Is(property.ContainingType, "System.IO.Compression.ZipArchiveEntry");

    /// <summary>What a call writes into its buffer argument when it reads from outside, else null.</summary>
    public static string? OfFiller(IMethodSymbol method)
    {
        for (var t = (ITypeSymbol?)method.ContainingType; t is not null; t = t.BaseType)
        {
            if (s_fillers.TryGetValue(TypeNames.Of(t), out var entry) && entry.Members.Contains(method.Name))
            {
                return entry.What;
            }
        }

        return null;
    }

    /// <summary>True for parameters a request binds: controller actions, Razor page handlers, [From*] parameters, Main's args.</summary>
    public static bool IsEntryParameter(IParameterSymbol parameter)
    {
        if (TypeNames.IsScalar(parameter.Type) || parameter.ContainingSymbol is not IMethodSymbol method || !IsBindable(parameter))
        {
            return false;
        }

        if (parameter.GetAttributes().Any(a => a.AttributeClass?.Name is "FromQueryAttribute" or "FromBodyAttribute" or "FromFormAttribute"
            or "FromRouteAttribute" or "FromHeaderAttribute" or "AsParametersAttribute"))
        {
            return true;
        }

        if (method is { Name: "Main" or "<Main>$", IsStatic: true } && parameter.Type is IArrayTypeSymbol)
        {
            return true;
        }

        var type = method.ContainingType;
        if (method.DeclaredAccessibility != Accessibility.Public || method.IsStatic || method.MethodKind != MethodKind.Ordinary || type is null
            || method.GetAttributes().Any(a => a.AttributeClass?.Name == "NonActionAttribute"))
        {
            return false;
        }

        if (TypeNames.Is(type, "Microsoft.AspNetCore.Mvc.RazorPages.PageModel"))
        {
            return method.Name.StartsWith("On", StringComparison.Ordinal);
        }

        return TypeNames.Is(type, "Microsoft.AspNetCore.Mvc.ControllerBase") || TypeNames.Is(type, "System.Web.Mvc.Controller")
            || TypeNames.Is(type, "System.Web.Http.ApiController")
            || type.GetAttributes().Any(a => a.AttributeClass?.Name is "ApiControllerAttribute" or "ControllerAttribute");
    }
}
