using System.Diagnostics;

namespace CoeReview.RduSim.Tests;

/// <summary>
/// Debian's Chromium, headless, for the rendered checks of the sim page. The flags are the ones
/// this machine needs (docs: /work/.library/env/machines/dotnet.md): no sandbox as root, and no
/// background networking, which the closed network would refuse many times over.
/// </summary>
internal static class Chromium
{
    public const string Executable = "/usr/bin/chromium";

    private static readonly string[] s_flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-crash-reporter", "--hide-scrollbars", "--force-color-profile=srgb",
    ];

    /// <summary>Fails, rather than skips, when Chromium is missing: a check that silently passes checks nothing.</summary>
    public static void RequireInstalled()
    {
        if (!File.Exists(Executable))
        {
            Assert.Fail($"{Executable} is missing: this rendered check needs Debian's Chromium. Install it with `apt-get update && apt-get install -y chromium` (.ci/run does this before the build).");
        }
    }

    /// <summary>Runs Chromium with a fresh profile; on timeout kills its whole process tree (renderer, zygote, GPU process) and fails.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(IEnumerable<string> args, TimeSpan timeout, CancellationToken cancellationToken)
    {
        RequireInstalled();
        var profile = Directory.CreateTempSubdirectory("coe-chromium-");
        try
        {
            var psi = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in s_flags.Append($"--user-data-dir={profile.FullName}").Concat(args))
            {
                psi.ArgumentList.Add(arg);
            }

            using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {Executable}");
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(timer.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                Assert.Fail($"Chromium did not finish within {timeout.TotalSeconds:0} s and was killed; stderr:\n{await stderr}");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            // Chromium may still be closing files in its profile for a moment after exiting.
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
