using System.Diagnostics;

namespace CoeReview.Benchmarks.RealHunks;

/// <summary>The commits of a clone to take hunks from, listed by git itself (newest first, no merges, touching C#).</summary>
internal static class GitCommits
{
    /// <summary>The commits <c>git log</c> lists for the range's words (revisions and options such as -G&lt;regex&gt; or --skip=N).</summary>
    public static IReadOnlyList<string> List(string repo, string range)
    {
        var args = new List<string> { "-C", repo, "log", "--format=%H", "--no-merges" };
        args.AddRange(range.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        args.AddRange(["--", "*.cs"]);
        return Run(args).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Run(IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', args)}: {error.Trim()}");
    }
}
