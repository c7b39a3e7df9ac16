using System.Diagnostics;
using CoeReview.GitHub.Tests.StandIn;
using CoeReview.GitHub.Tests.Support;
using CoeReview.Testing;
using Xunit.Abstractions;

namespace CoeReview.GitHub.Tests.Distribution;

/// <summary>
/// The heavyweight end-to-end checks, kept few: the action's own install step packs and installs the
/// tool from source; the installed tool runs; the action's review step runs against the stand-in.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DistributionTests(InstalledTool tool, ITestOutputHelper output) : IClassFixture<InstalledTool>, IDisposable
{
    private readonly GitSandbox _git = new();

    public void Dispose() => _git.Dispose();

    [Fact]
    public void The_packed_tool_installs_from_a_local_folder_and_runs()
    {
        var (code, stdout, _) = Run(tool.Tool, ["--version"], _git.Root);

        output.WriteLine($"nupkg {Path.GetFileName(tool.Nupkg)}: {new FileInfo(tool.Nupkg).Length / 1024.0 / 1024.0:0.00} MiB");
        Assert.Equal(0, code);
        Assert.StartsWith("0.1.0", stdout.Trim(), StringComparison.Ordinal);
        // The embedding router's MiniLM model is 83 MB on its own; what must stay out is every
        // ONNX runtime folder but the three platforms the tool ships for.
        Assert.True(new FileInfo(tool.Nupkg).Length < 150 * 1024 * 1024, "the nupkg should stay lean");
        using var zip = System.IO.Compression.ZipFile.OpenRead(tool.Nupkg);
        var onnxPlatforms = zip.Entries
            .Where(e => e.FullName.Contains("onnxruntime", StringComparison.OrdinalIgnoreCase) && e.FullName.Contains("/runtimes/", StringComparison.Ordinal))
            .Select(e => e.FullName.Split("/runtimes/")[1].Split('/')[0])
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(["linux-x64", "osx-arm64", "win-x64"], onnxPlatforms);
    }

    [Fact]
    public void On_linux_x64_the_installed_tool_is_the_precompiled_package_and_elsewhere_the_portable_one_is_there()
    {
        // The pointer package names both; the linux-x64 one carries the runtime and Roslyn as one composite ReadyToRun image.
        Assert.Equal(["CoeReview.0.1.0.nupkg", "CoeReview.any.0.1.0.nupkg", "CoeReview.linux-x64.0.1.0.nupkg"], tool.Packages);
        // nuget.org takes packages up to 250 MB; the runtime and its precompiled code make this one about 200 MiB.
        Assert.True(new FileInfo(tool.PlatformNupkg).Length < 225 * 1024 * 1024, "the linux-x64 nupkg should stay under nuget.org's limit");
        var installed = Directory.GetFiles(Path.Combine(tool.ToolDirectory, ".store"), "Microsoft.CodeAnalysis.CSharp.dll", SearchOption.AllDirectories).Single();
        var precompiled = IsReadyToRun(installed);
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
        {
            Assert.Contains("coereview.linux-x64", installed, StringComparison.Ordinal);
            Assert.True(precompiled, "the linux-x64 package should hold ReadyToRun code");
            var folder = Path.GetDirectoryName(installed)!;
            Assert.True(File.Exists(Path.Combine(folder, "coe-review.r2r.dll")), "the framework and the tool should be one composite image");
            Assert.True(File.Exists(Path.Combine(folder, "libcoreclr.so")), "the composite image needs the runtime it was compiled with");
            Assert.True(IsReadyToRun(Path.Combine(folder, "analyzers", "na", "Microsoft.CodeAnalysis.NetAnalyzers.dll")), "the shipped NetAnalyzers should be precompiled too");
            // A review is a batch job: no background GC thread competing with the analysis (docs/speed.md).
            Assert.Contains("\"System.GC.Concurrent\": false", File.ReadAllText(Path.Combine(folder, "coe-review.runtimeconfig.json")), StringComparison.Ordinal);
        }
        else
        {
            Assert.False(precompiled, "the portable package should hold IL only");
        }
    }

    private static bool IsReadyToRun(string assembly)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(assembly));
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Fact]
    public void The_install_step_reuses_the_tool_its_cache_restored_instead_of_packing_again()
    {
        // The fixture's install left the tool where the cache step restores it; a later run finds it there.
        var simulator = new ActionSimulator(tool.Action, tool.ActionPath, tool.RunnerTemp, tool.Root);
        var (code, stdout, stderr) = simulator.Run(s => ActionFile.Scalar(s, "name") == "Install coe-review", TimeSpan.FromMinutes(2));

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("from the cache", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Successfully created package", stdout + stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(tool.Tool));
    }

    [Fact]
    public void The_actions_review_step_publishes_to_the_pull_request_and_sets_its_outputs()
    {
        // Given a checkout of a PR (base and head present) and the stand-in serving that PR
        using var server = new FakeGitHub();
        var repo = _git.NewRepo("checkout");
        var baseSha = _git.Commit(repo, "src/A.cs", "namespace Demo;\n\npublic static class A\n{\n}\n", "base");
        _git.Git(repo, "checkout -q -b feature");
        var headSha = _git.Commit(repo, "src/A.cs", "namespace Demo;\n\npublic static class A\n{\n    public static int Twice(int x) => x * 2;\n}\n", "feature");
        var patch = string.Join('\n', _git.Git(repo, $"diff {baseSha} {headSha} -- src/A.cs").Out.Split('\n').SkipWhile(l => !l.StartsWith("@@", StringComparison.Ordinal)));
        server.AddPull(5, headSha, baseSha).Files.Add(new FakePrFile("src/A.cs", "modified", patch));
        server.AddToken("ghs_action_secret", canWrite: true);
        var job = Directory.CreateDirectory(_git.PathOf("job")).FullName;
        File.WriteAllText(Path.Combine(job, "event.json"), "{\"pull_request\":{\"number\":5,\"head\":{\"sha\":\"" + headSha + "\"},\"base\":{\"sha\":\"" + baseSha + "\"}}}");
        var simulator = new ActionSimulator(tool.Action, tool.ActionPath, job, repo) { GithubToken = "ghs_action_secret" };
        simulator.Environment["GITHUB_REPOSITORY"] = $"{server.Owner}/{server.Repo}";
        simulator.Environment["GITHUB_EVENT_PATH"] = Path.Combine(job, "event.json");
        simulator.Environment["GITHUB_API_URL"] = server.BaseUrl;
        simulator.Environment["GITHUB_STEP_SUMMARY"] = Path.Combine(job, "summary.md");
        simulator.Environment["PATH"] = tool.ToolDirectory + ":" + Environment.GetEnvironmentVariable("PATH");
        simulator.Inputs["fail-level"] = "none";

        // When the action's review step runs
        var (code, stdout, stderr) = simulator.Run(s => ActionFile.Scalar(s, "id") == "review", TimeSpan.FromMinutes(3));
        output.WriteLine(stdout + stderr);

        // Then it reviewed the local range, published the summary, and set findings and sarif
        Assert.Equal(0, code);
        Assert.Contains("diff from the local checkout", stderr, StringComparison.Ordinal);
        Assert.Single(server.IssueComments, c => c.Body.Contains("<!-- coe-review:summary -->", StringComparison.Ordinal));
        var outputs = simulator.Outputs();
        Assert.Matches("^[0-9]+$", outputs["findings"]);
        Assert.True(File.Exists(outputs["sarif"]));
        Assert.Contains("## CoeReview", File.ReadAllText(Path.Combine(job, "summary.md")), StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.Equal("token ghs_action_secret", r.Authorization, ignoreCase: true));
        Assert.DoesNotContain("ghs_action_secret", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_git_push_is_blocked_by_errors_allowed_when_clean_and_allowed_with_no_verify()
    {
        // Given a clone of a bare remote with coe-review's pre-push hook installed by the installed tool
        var remote = _git.PathOf("origin.git");
        _git.Git(_git.Root, $"init -q --bare -b main \"{remote}\"");
        var work = _git.NewRepo();
        _git.Git(work, $"remote add origin \"{remote}\"");
        _git.Git(work, "push -q origin main");
        var (installCode, installOut, installErr) = Run(tool.Tool, ["hook", "install", "--repo", work], work);
        Assert.True(installCode == 0, installOut + installErr);

        // When a clean commit is pushed
        var clean = _git.Commit(work, "src/Ok.cs", "namespace Demo;\n\npublic static class Ok\n{\n    public static int One() => 1;\n}\n", "clean");
        var allowed = _git.Git(work, "push origin main", allowFailure: true);

        // And then a commit that does not compile
        _git.Commit(work, "src/Bad.cs", "namespace Demo;\n\npublic static class Bad\n{\n    public static int Two()\n    {\n        int x = \"two\";\n        return x;\n    }\n}\n", "broken");
        var blocked = _git.Git(work, "push origin main", allowFailure: true);
        var remoteAfterBlock = _git.Git(remote, "rev-parse main").Out;
        var skipped = _git.Git(work, "push --no-verify origin main", allowFailure: true);
        var stopped = Run(tool.Tool, ["server", "stop"], work); // the hook's reviews ran in the resident server
        output.WriteLine(allowed.Out + allowed.Err + "\n---\n" + blocked.Out + blocked.Err);

        // Then git let the clean one through, refused the broken one, and --no-verify skipped the hook
        Assert.Equal(0, allowed.Code);
        Assert.NotEqual(0, blocked.Code);
        Assert.Contains("CS0029", blocked.Out + blocked.Err, StringComparison.Ordinal);
        Assert.Contains("--no-verify", blocked.Err, StringComparison.Ordinal);
        Assert.Equal(clean, remoteAfterBlock);
        Assert.Equal(0, skipped.Code);
        Assert.Equal(_git.Head(work), _git.Git(remote, "rev-parse main").Out);
        Assert.Equal(0, stopped.Code);
    }

    private static (int Code, string Out, string Err) Run(string file, string[] args, string dir, IDictionary<string, string>? env = null, string? stdin = null) =>
        TestProcess.Run(new ProcessStartInfo(file, args) { WorkingDirectory = dir }, env, stdin);
}
