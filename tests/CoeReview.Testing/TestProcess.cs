using System.Diagnostics;

namespace CoeReview.Testing;

/// <summary>Runs a program to completion with optional environment and stdin, capturing both streams.</summary>
public static class TestProcess
{
    public static (int Code, string Out, string Err) Run(ProcessStartInfo psi, IDictionary<string, string>? env = null, string? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(psi);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.RedirectStandardInput = true;
        psi.UseShellExecute = false;
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }

        using var p = Process.Start(psi)!;
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
        }

        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }
}
