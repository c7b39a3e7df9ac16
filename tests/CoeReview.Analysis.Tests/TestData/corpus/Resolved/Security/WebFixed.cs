using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Corpus.Security;

[ApiController]
[Route("safe")]
public sealed class SafeFilesController(IHtmlHelper html, HttpClient http) : ControllerBase
{
    private static readonly HashSet<string> s_hosts = ["status.example.com"];
    private readonly string _root = "/srv/files";

    [HttpGet("search")]
    public async Task Search()
    {
        await Response.WriteAsync("<p>Results for " + HtmlEncoder.Default.Encode(Request.Query["q"]!) + "</p>");
    }

    [HttpGet("comment")]
    public HtmlString Comment([FromQuery] string comment) => html.Raw(WebUtility.HtmlEncode(comment));

    [HttpGet("static")]
    public HtmlString Banner() => html.Raw("<b>Welcome</b>");

    [HttpGet("read")]
    public string Read(string name) => System.IO.File.ReadAllText(Path.Combine(_root, Path.GetFileName(name)));

    [HttpGet("open")]
    public IActionResult Open(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return BadRequest();
        }

        return PhysicalFile(full, "application/octet-stream");
    }

    [HttpGet("config")]
    public string Config() => System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));

    [HttpGet("login")]
    public IActionResult Login(string returnUrl)
    {
        if (!Url.IsLocalUrl(returnUrl))
        {
            return BadRequest();
        }

        return Redirect(returnUrl);
    }

    [HttpGet("home")]
    public IActionResult Home(string returnUrl) => LocalRedirect(returnUrl);

    [HttpGet("index")]
    public IActionResult Index() => Redirect("/home");

    [HttpGet("proxy")]
    public async Task<IActionResult> Proxy(string url)
    {
        var uri = new Uri(url);
        if (!s_hosts.Contains(uri.Host))
        {
            return BadRequest();
        }

        return Ok(await http.GetStringAsync(uri));
    }

    [HttpGet("status")]
    public async Task<string> Status() => await http.GetStringAsync("https://status.example.com/health");

    [HttpPost("session")]
    public IActionResult Session(string id)
    {
        Response.Cookies.Append("session_id", id, new CookieOptions { Secure = true, HttpOnly = true });
        Response.Cookies.Append("theme", "dark");
        return Ok();
    }
}

public sealed class Downloader(HttpClient http)
{
    public Task<string> Fetch(string url) => http.GetStringAsync(url);

    public string ReadConfig(string path) => File.ReadAllText(path);
}
