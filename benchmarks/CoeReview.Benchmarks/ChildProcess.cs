using System.Diagnostics;
using System.Globalization;

namespace CoeReview.Benchmarks;

/// <summary>
/// One cold child process, timed from start to exit, with its peak resident memory read from
/// /proc while it runs (VmHWM only grows, so the last reading before exit is the peak).
/// </summary>
internal static class ChildProcess
{
    public sealed record Run(int ExitCode, double Seconds, double PeakMb, string Output);

    public static Run Start(string fileName, IEnumerable<string> arguments, string workingDirectory)
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

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var peak = 0.0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, PeakMb(process.Id));
        }

        clock.Stop();
        return new Run(process.ExitCode, clock.Elapsed.TotalSeconds, peak, stdout.Result + stderr.Result);
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
