using System.Diagnostics;
using System.Text.RegularExpressions;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Analysis.Tests.Projects;

/// <summary>
/// A small real repository on disk: project files and sources written by a test, restored and built
/// by the real dotnet CLI offline (the machine's NuGet folders are the only sources), and reviewed by
/// the real analysis engine as if every file were added.
/// </summary>
public sealed partial class DiskRepo : IDisposable
{
    public DiskRepo(IReadOnlyDictionary<string, string> files)
    {
        Root = Path.Combine(Path.GetTempPath(), "coe-disk-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>dotnet restore with only local package folders as sources; throws with the output when it fails.</summary>
    public void Restore(string project)
    {
        var home = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p ? p : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var sources = new[] { "/opt/nuget/packages", home }.Where(Directory.Exists).SelectMany(s => new[] { "--source", s });
        var (code, output) = Run(["restore", project, .. sources]);
        Assert.True(code == 0, "dotnet restore failed:\n" + output);
    }

    /// <summary>The compiler diagnostics dotnet build reports, as (repo-relative path, line, id), distinct.</summary>
    public IReadOnlyList<(string Path, int Line, string Id)> Build(string project)
    {
        var (code, output) = Run(["build", project, "--no-restore", "-nologo", "-clp:NoSummary"]);
        var found = DiagnosticLine().Matches(output).Select(m => (Path.GetRelativePath(Root, m.Groups[1].Value).Replace('\\', '/'), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[3].Value))
            .Where(d => d.Item3.StartsWith("CS", StringComparison.Ordinal)).Distinct().ToList();

        // A build that failed for another reason (MSBuild, restore) has no verdict on the code: an empty list would pass vacuously.
        Assert.True(code == 0 || found.Count > 0, "dotnet build failed without compiler diagnostics:\n" + output);
        return found;
    }

    public void DeleteBuildOutput()
    {
        foreach (var dir in Directory.GetDirectories(Root, "*", SearchOption.AllDirectories).Where(d => Path.GetFileName(d) is "obj" or "bin").ToList())
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }

    /// <summary>The syntax expert's findings on the named files, and the projects as the report would show them.</summary>
    public async Task<(IReadOnlyList<Finding> Findings, IReadOnlyList<ProjectCoverage> Projects)> ReviewAsync(params string[] files)
    {
        var engine = new RoslynAnalysisEngine(RoslynAnalysisOptions.SyntaxOnly);
        var diff = DiffSets.AllAdded(Root, new DirectorySnapshot(Root), files);
        var found = await engine.AnalyzeAsync(diff, CancellationToken.None);
        return (found, engine.ProjectsOf(diff));
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, true);
        }
    }

    private (int Code, string Output) Run(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [GeneratedRegex(@"^\s*(/[^(\r\n]+)\((\d+),\d+\): (?:error|warning) ([A-Z]+\d+):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
