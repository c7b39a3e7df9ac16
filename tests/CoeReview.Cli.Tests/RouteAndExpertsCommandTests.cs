using System.Text.Json.Nodes;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

public sealed class RouteAndExpertsCommandTests
{
    [Fact]
    public async Task Route_explain_shows_the_signals_behind_each_expert()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();
        repo.Write("a.cs", "class A { void M(string q) { var c = new SqlCommand(q); } }\n");

        var (exit, output, _) = await CliHarness.RunAsync(["route", "--repo", repo.Root, "--explain"]);

        Assert.Equal(0, exit);
        Assert.Contains("a.cs @@ -1,1 +1,1 @@ -> ", output, StringComparison.Ordinal);
        Assert.Matches(@"security\s+0\.\d\d\s+language csharp; keywords Sql", output);
    }

    [Fact]
    public async Task Route_json_lists_experts_and_scores_per_hunk()
    {
        using var repo = new TempGitRepo();
        repo.Write("docs/a.md", "x\n").Commit();
        repo.Write("docs/a.md", "y\n");

        var (_, output, _) = await CliHarness.RunAsync(["route", "--repo", repo.Root, "--format", "json"]);

        var hunk = JsonNode.Parse(output)!["routing"]![0]!;
        Assert.Equal("docs/a.md", (string?)hunk["path"]);
        Assert.Empty(hunk["experts"]!.AsArray());
    }

    [Fact]
    public async Task Experts_list_includes_a_user_expert_from_the_repo()
    {
        using var repo = new TempGitRepo();
        repo.Write("experts/accessibility.yml", "id: accessibility\ndescription: Accessible UI\nrouting:\n  paths: ['**/*.razor']\n").Commit();

        var (exit, output, _) = await CliHarness.RunAsync(["experts", "list", "--repo", repo.Root, "--format", "json"]);

        Assert.Equal(0, exit);
        Assert.Equal(["accessibility", "performance", "security", "syntax", "tests"], JsonNode.Parse(output)!["experts"]!.AsArray().Select(e => (string?)e!["id"]));
    }

    [Fact]
    public async Task Experts_validate_passes_for_the_built_in_experts()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.txt", "x").Commit();

        var (exit, output, _) = await CliHarness.RunAsync(["experts", "validate", "--repo", repo.Root]);

        Assert.Equal(0, exit);
        Assert.Equal("4 expert files valid", output.Trim());
    }
}
