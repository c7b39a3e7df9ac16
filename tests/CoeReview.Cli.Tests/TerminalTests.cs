using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

public sealed class TerminalTests
{
    private static async Task<string> RunOnTerminalAsync(TempGitRepo repo, Dictionary<string, string> env)
    {
        var stdout = new StringWriter();
        var context = new CliContext(stdout, new StringWriter(), n => env.GetValueOrDefault(n), new StringReader(""))
        {
            OutIsTerminal = true,
            AnalysisEngines = (_, _) => [new CoeReview.Analysis.RoslynAnalysisEngine()],
        };
        await CliApp.RunAsync(["review", "--repo", repo.Root], context, CancellationToken.None);
        return stdout.ToString();
    }

    private static TempGitRepo BrokenChange()
    {
        var repo = new TempGitRepo();
        repo.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n").Write("App/A.cs", "public class A { }\n").Commit();
        repo.Write("App/A.cs", "public class A { int x = \"a\"; }\n");
        return repo;
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task Text_output_is_coloured_on_a_terminal()
    {
        using var repo = BrokenChange();

        var output = await RunOnTerminalAsync(repo, []);

        Assert.Contains("\u001b[31merror\u001b[0m", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_output_has_no_colour_when_NO_COLOR_is_set()
    {
        using var repo = BrokenChange();

        var output = await RunOnTerminalAsync(repo, new() { ["NO_COLOR"] = "1" });

        Assert.Contains("error [syntax CS0029]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_review_exits_130()
    {
        using var repo = BrokenChange();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var context = new CliContext(new StringWriter(), new StringWriter(), _ => null, new StringReader(""));

        var exit = await CliApp.RunAsync(["review", "--repo", repo.Root], context, cancelled.Token);

        Assert.Equal(ExitCodes.Cancelled, exit);
    }
}
