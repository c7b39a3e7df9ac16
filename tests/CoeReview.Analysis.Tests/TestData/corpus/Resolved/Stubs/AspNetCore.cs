// Minimal stand-ins for ASP.NET Core types (the corpus has no restore).
namespace Microsoft.Extensions.Primitives
{
    public readonly struct StringValues
    {
        public static implicit operator string?(StringValues values) => null;
        public override string ToString() => "";
    }
}

namespace Microsoft.AspNetCore.Http
{
    using Microsoft.Extensions.Primitives;

    public interface IQueryCollection { StringValues this[string key] { get; } }
    public interface IFormCollection { StringValues this[string key] { get; } }
    public interface IHeaderDictionary { StringValues this[string key] { get; } }
    public interface IRequestCookieCollection { string? this[string key] { get; } }
    public interface IResponseCookies { void Append(string key, string value); void Append(string key, string value, CookieOptions options); }

    public sealed class CookieOptions
    {
        public bool Secure { get; set; }
        public bool HttpOnly { get; set; }
    }

    public abstract class HttpRequest
    {
        public abstract IQueryCollection Query { get; }
        public abstract IFormCollection Form { get; }
        public abstract IHeaderDictionary Headers { get; }
        public abstract IRequestCookieCollection Cookies { get; }
        public abstract string Path { get; }
    }

    public abstract class HttpResponse
    {
        public abstract IResponseCookies Cookies { get; }
        public abstract void Redirect(string location);
    }

    public abstract class HttpContext
    {
        public abstract HttpRequest Request { get; }
        public abstract HttpResponse Response { get; }
    }

    public static class HttpResponseWritingExtensions
    {
        public static Task WriteAsync(this HttpResponse response, string text, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

namespace Microsoft.AspNetCore.Html
{
    public sealed class HtmlString(string? value)
    {
        public string? Value { get; } = value;
    }
}

namespace Microsoft.AspNetCore.Mvc
{
    using Microsoft.AspNetCore.Http;

    public interface IActionResult { }
    public interface IUrlHelper { bool IsLocalUrl(string? url); }

    [AttributeUsage(AttributeTargets.Class)] public sealed class ApiControllerAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)] public sealed class RouteAttribute(string template) : Attribute { public string Template { get; } = template; }
    [AttributeUsage(AttributeTargets.Method)] public sealed class HttpGetAttribute(string template = "") : Attribute { public string Template { get; } = template; }
    [AttributeUsage(AttributeTargets.Method)] public sealed class HttpPostAttribute(string template = "") : Attribute { public string Template { get; } = template; }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class FromQueryAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.Parameter)] public sealed class FromBodyAttribute : Attribute { }

    public class ContentResult : IActionResult { public string? Content { get; set; } public string? ContentType { get; set; } }
    public sealed class RedirectResult(string url) : IActionResult { public string Url { get; } = url; }

    public abstract class ControllerBase
    {
        public HttpContext HttpContext { get; } = null!;
        public HttpRequest Request => HttpContext.Request;
        public HttpResponse Response => HttpContext.Response;
        public IUrlHelper Url { get; } = null!;
        public IActionResult Ok(object? value = null) => null!;
        public IActionResult BadRequest() => null!;
        public IActionResult NotFound() => null!;
        public RedirectResult Redirect(string url) => new(url);
        public IActionResult LocalRedirect(string url) => null!;
        public ContentResult Content(string content, string contentType) => new() { Content = content, ContentType = contentType };
        public IActionResult PhysicalFile(string path, string contentType) => null!;
    }

    public abstract class Controller : ControllerBase { }
}

namespace Microsoft.AspNetCore.Mvc.Rendering
{
    public interface IHtmlHelper { Microsoft.AspNetCore.Html.HtmlString Raw(string? value); }
}
