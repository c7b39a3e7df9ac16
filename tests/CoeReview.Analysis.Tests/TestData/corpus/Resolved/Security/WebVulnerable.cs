using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Corpus.Security;

[ApiController]
[Route("files")]
public sealed class FilesController(IHtmlHelper html, HttpClient http) : ControllerBase
{
    private readonly string _root = "/srv/files";

    [HttpGet("search")]
    public async Task Search()
    {
        await Response.WriteAsync("<p>Results for " + Request.Query["q"] + "</p>"); // expect: xss
    }

    [HttpGet("comment")]
    public HtmlString Comment([FromQuery] string comment) => html.Raw(comment); // expect: xss

    [HttpGet("title")]
    public HtmlString Title(string title) => new HtmlString("<h1>" + title + "</h1>"); // expect: xss

    [HttpGet("read")]
    public string Read(string name) => System.IO.File.ReadAllText(Path.Combine(_root, name)); // expect: path-traversal

    [HttpGet("open")]
    public FileStream Open() => new FileStream(Request.Query["path"]!, FileMode.Open); // expect: path-traversal

    [HttpGet("download")]
    public IActionResult Download(string file) => PhysicalFile(Path.Combine(_root, file), "application/octet-stream"); // expect: path-traversal

    [HttpGet("login")]
    public IActionResult Login(string returnUrl) => Redirect(returnUrl); // expect: open-redirect

    [HttpGet("go")]
    public void Go()
    {
        Response.Redirect(Request.Query["next"]!); // expect: open-redirect
    }

    [HttpGet("proxy")]
    public async Task<string> Proxy(string url) => await http.GetStringAsync(url); // expect: ssrf

    [HttpGet("fetch")]
    public async Task<HttpResponseMessage> Fetch(string target)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://" + target + "/status"); // expect: ssrf
        return await http.SendAsync(request);
    }

    [HttpPost("session")]
    public IActionResult Session(string id)
    {
        Response.Cookies.Append("session_id", id); // expect: insecure-cookie
        Response.Cookies.Append("auth", id, new CookieOptions { Secure = false, HttpOnly = true }); // expect: insecure-cookie
        var options = new CookieOptions { Secure = true };
        options.HttpOnly = false; // expect: insecure-cookie
        return Ok();
    }
}

public sealed class FileStore(string root)
{
    public string Load(string name) => File.ReadAllText(Path.Combine(root, name)); // expect: path-traversal

    public string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
