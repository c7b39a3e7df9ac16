using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Corpus.Security;

public sealed class CommandInjection
{
    public void Ping(string host)
    {
        Process.Start("sh", "-c \"ping -c 1 " + host + "\""); // expect: command-injection
    }

    public Process? Convert(string file) => Process.Start(new ProcessStartInfo("convert", $"{file} out.png")); // expect: command-injection

    public void RunScript(string script)
    {
        var psi = new ProcessStartInfo { FileName = "cmd.exe", Arguments = "/c " + script }; // expect: command-injection
        Process.Start(psi);
    }
}

public sealed class ToolsController : ControllerBase
{
    [HttpGet("run")]
    public IActionResult Run()
    {
        Process.Start(Request.Query["tool"]!); // expect: command-injection
        return Ok();
    }
}
