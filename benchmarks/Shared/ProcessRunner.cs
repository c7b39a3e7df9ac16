using System.Diagnostics;

namespace CoeReview.RealRepos;

/// <summary>Runs one child process to the end, capturing both streams, with a deadline.</summary>
internal sealed class ProcessRunner(TimeSpan timeout)
{
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

        // Another engineer compiles on this machine: leave no MSBuild nodes or compiler servers behind
        // that we would then have to stop, and never share theirs.
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var exitCode = -1;
        try
        {
            await process.WaitForExitAsync(deadline.Token);
            exitCode = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            // Our own child only, with its children (dotnet spawns MSBuild workers).
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
        }

        clock.Stop();
        return new ProcessResult(exitCode, await stdout, await stderr, clock.Elapsed);
    }
}
