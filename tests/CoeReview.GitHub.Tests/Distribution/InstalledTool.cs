using CoeReview.GitHub.Tests.Support;
using CoeReview.Testing;

namespace CoeReview.GitHub.Tests.Distribution;

/// <summary>
/// The expensive part, done once for the distribution tests: a copy of this repository as an
/// action checkout (what `uses: owner/coe-review@ref` gets), whose install step is run by the
/// action simulator — dotnet pack from source, dotnet tool install into a temporary tool path.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    private static readonly string[] s_rootFiles = ["action.yml", "Directory.Build.props", "Directory.Packages.props", "NuGet.Config", "global.json", ".editorconfig"];

    public InstalledTool()
    {
        Root = Directory.CreateTempSubdirectory("coe-action-").FullName;
        ActionPath = Path.Combine(Root, "action");
        RunnerTemp = Directory.CreateDirectory(Path.Combine(Root, "runner-temp")).FullName;
        CopyCheckout(RepoRoot.Path, ActionPath);
        Action = ActionFile.Load(Path.Combine(ActionPath, "action.yml"));
        var simulator = new ActionSimulator(Action, ActionPath, RunnerTemp, Root);
        var (code, stdout, stderr) = simulator.Run(s => ActionFile.Scalar(s, "name") == "Install coe-review", TimeSpan.FromMinutes(15));
        InstallLog = stdout + stderr;
        if (code != 0)
        {
            throw new InvalidOperationException($"the action's install step failed ({code}):\n{InstallLog}");
        }

        ToolDirectory = Path.Combine(RunnerTemp, "coe-review-tool");
        Packages = Directory.GetFiles(Path.Combine(RunnerTemp, "coe-review-nupkg"), "CoeReview.*.nupkg").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Nupkg = Path.Combine(RunnerTemp, "coe-review-nupkg", Packages.Single(p => p.StartsWith("CoeReview.any.", StringComparison.Ordinal)));
        PlatformNupkg = Path.Combine(RunnerTemp, "coe-review-nupkg", Packages.Single(p => p.StartsWith("CoeReview.linux-x64.", StringComparison.Ordinal)));
    }

    /// <summary>Every package the pack wrote: the pointer package and the two it points to.</summary>
    public IReadOnlyList<string> Packages { get; }

    public string Root { get; }

    public string ActionPath { get; }

    public string RunnerTemp { get; }

    public ActionFile Action { get; }

    public string ToolDirectory { get; }

    public string Tool => Path.Combine(ToolDirectory, "coe-review");

    /// <summary>The framework-dependent package for every platform but linux-x64.</summary>
    public string Nupkg { get; }

    /// <summary>The linux-x64 package, its assemblies precompiled.</summary>
    public string PlatformNupkg { get; }

    public string InstallLog { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyCheckout(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in s_rootFiles.Where(f => File.Exists(Path.Combine(from, f))))
        {
            File.Copy(Path.Combine(from, file), Path.Combine(to, file));
        }

        foreach (var folder in new[] { "src", "experts" })
        {
            CopyTree(Path.Combine(from, folder), Path.Combine(to, folder));
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
