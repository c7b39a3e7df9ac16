using System.Diagnostics;
using System.Globalization;

namespace CoeReview.Benchmarks.Shared;

/// <summary>
/// Runs one child process to the end, capturing both streams, with a deadline; times it from start
/// to exit and reads its peak resident memory from /proc while it runs (VmHWM only grows, so the
/// last reading before exit is the peak).
/// </summary>
internal sealed class ProcessRunner(TimeSpan timeout)
{
    private static readonly TimeSpan s_sampleEvery = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// False (the default) gives the child its own MSBuild nodes and no build server, so none are
    /// left behind; true lets it share them, as a developer's repeated builds do.
    /// </summary>
    public bool ShareBuildServers { get; init; }

    public async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (!ShareBuildServers)
        {
            // Another engineer compiles on this machine: leave no MSBuild nodes or compiler servers behind
            // that we would then have to stop, and never share theirs.
            info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var exitCode = -1;
        var peakMb = 0.0;
        try
        {
            var exited = process.WaitForExitAsync(deadline.Token);
            while (await Task.WhenAny(exited, Task.Delay(s_sampleEvery, deadline.Token)).ConfigureAwait(false) != exited)
            {
                peakMb = Math.Max(peakMb, PeakMb(process.Id));
            }

            await exited.ConfigureAwait(false);
            exitCode = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            // Our own child only, with its children (dotnet spawns MSBuild workers).
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }

        clock.Stop();
        return new ProcessResult(exitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), clock.Elapsed, peakMb);
    }

    private static double PeakMb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
                }
            }
        }
        catch (IOException)
        {
            // the process ended between two readings
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
