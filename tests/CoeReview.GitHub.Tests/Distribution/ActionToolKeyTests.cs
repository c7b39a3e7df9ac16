using CoeReview.GitHub.Tests.Support;
using CoeReview.Testing;

namespace CoeReview.GitHub.Tests.Distribution;

/// <summary>
/// The key the action caches its build of the tool under, computed by its own step over a small
/// action checkout: the same sources give the same key, and any change to them a new one.
/// </summary>
public sealed class ActionToolKeyTests : IDisposable
{
    private static readonly ActionFile s_action = ActionFile.Load(Path.Combine(RepoRoot.Path, "action.yml"));
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("coe-tool-key-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void The_same_sources_give_the_same_key_and_a_changed_source_or_expert_a_new_one()
    {
        Write("src/CoeReview.Cli/Program.cs", "return 0;\n");
        Write("experts/security.md", "# security\n");
        Write("Directory.Packages.props", "<Project />\n");
        Write("src/CoeReview.Cli/obj/project.assets.json", "{}");

        var first = Key();
        Write("src/CoeReview.Cli/obj/project.assets.json", "{\"changed\":true}");
        var afterBuildOutput = Key();
        Write("src/CoeReview.Cli/Program.cs", "return 1;\n");
        var afterSource = Key();
        Write("experts/security.md", "# security, edited\n");
        var afterExpert = Key();

        Assert.StartsWith("coe-review-tool-", first, StringComparison.Ordinal);
        Assert.Equal(first, afterBuildOutput);
        Assert.NotEqual(first, afterSource);
        Assert.NotEqual(afterSource, afterExpert);
    }

    private string Key()
    {
        var temp = Directory.CreateTempSubdirectory("coe-tool-key-run-").FullName;
        try
        {
            var simulator = new ActionSimulator(s_action, _root.FullName, temp, _root.FullName);
            var (code, stdout, stderr) = simulator.Run(s => ActionFile.Scalar(s, "id") == "tool-key", TimeSpan.FromMinutes(1));
            Assert.True(code == 0, stdout + stderr);
            return simulator.StepOutputs["tool-key"]["key"];
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root.FullName, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
