using System.Diagnostics;
using CoeReview.GitHub.Tests.Support;
using CoeReview.Testing;

namespace CoeReview.GitHub.Tests.Distribution;

/// <summary>The action's restore step, run as GitHub runs it (its bash script, in a real repository, with the real dotnet restore).</summary>
[Trait("Category", "Slow")]
public sealed class ActionRestoreTests
{
    private static readonly ActionFile s_action = ActionFile.Load(Path.Combine(RepoRoot.Path, "action.yml"));

    [Fact]
    public void The_restore_step_restores_only_the_projects_that_own_the_changed_files()
    {
        using var repo = new TempGitRepo();
        repo.Write("src/A/A.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>")
            .Write("src/A/Code/One.cs", "namespace A; public sealed class One { }\n")
            .Write("src/B/B.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>")
            .Write("src/B/Two.cs", "namespace B; public sealed class Two { }\n");
        repo.Commit("base");
        repo.Write("src/A/Code/One.cs", "namespace A; public sealed class One { public int X => 1; }\n");
        repo.Commit("change");
        var output = Path.Combine(repo.Root, "github-output.txt");

        var (code, stdout, stderr) = RunStep(repo.Root, new Dictionary<string, string> { ["GITHUB_OUTPUT"] = output, ["BASE_REF"] = "" });

        Assert.True(code == 0, stdout + stderr);
        Assert.True(File.Exists(repo.PathOf("src/A/obj/project.assets.json")), stdout);
        Assert.False(File.Exists(repo.PathOf("src/B/obj/project.assets.json")));
        Assert.Contains("restored=restored", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_restore_is_a_warning_and_a_partial_restore_not_a_failed_step()
    {
        using var repo = new TempGitRepo();
        repo.Write("A/A.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework>")
            .Write("A/One.cs", "namespace A; public sealed class One { }\n");
        repo.Commit("base");
        repo.Write("A/One.cs", "namespace A; public sealed class One { public int X => 1; }\n");
        repo.Commit("change");
        var output = Path.Combine(repo.Root, "github-output.txt");

        var (code, stdout, _) = RunStep(repo.Root, new Dictionary<string, string> { ["GITHUB_OUTPUT"] = output, ["BASE_REF"] = "" });

        Assert.Equal(0, code);
        Assert.Contains("::warning::dotnet restore A/A.csproj failed", stdout, StringComparison.Ordinal);
        Assert.Contains("restored=partial", File.ReadAllText(output), StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Err) RunStep(string directory, IDictionary<string, string> env)
    {
        var step = s_action.Steps.Single(s => ActionFile.Scalar(s, "id") == "restore");
        var script = Path.Combine(directory, "..", Path.GetFileName(directory) + "-restore.sh");
        File.WriteAllText(script, ActionFile.Scalar(step, "run"));
        try
        {
            var psi = new ProcessStartInfo("bash") { WorkingDirectory = directory };
            psi.ArgumentList.Add(script);
            return TestProcess.Run(psi, env);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
