using System.Diagnostics;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

public sealed class ProcessEdgeTests
{
    private static async Task<(int Exit, string Out, string Err)> RunToolAsync(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "coe-review.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(tool);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task The_real_tool_exits_2_with_one_line_and_no_stack_trace_on_a_bad_ref()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();

        var (exit, _, error) = await RunToolAsync("review", "--repo", repo.Root, "--base", "missing");

        Assert.Equal(2, exit);
        Assert.Equal("coe-review: unknown ref 'missing'", error.Trim());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_real_tool_reports_a_compile_error_on_the_added_line_and_exits_1()
    {
        using var repo = new TempGitRepo();
        repo.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n").Write("App/A.cs", "namespace App;\n\npublic class A\n{\n}\n").Commit();
        repo.Write("App/A.cs", "namespace App;\n\npublic class A\n{\n    public int M() { int x = \"a\"; return x; }\n}\n");

        var (exit, output, _) = await RunToolAsync("review", "--repo", repo.Root);

        Assert.Equal(1, exit);
        Assert.Contains("App/A.cs:5:", output, StringComparison.Ordinal);
        Assert.Contains("[syntax CS0029]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_tool_name_and_version()
    {
        var (exit, output, _) = await RunToolAsync("--version");

        Assert.Equal(0, exit);
        Assert.StartsWith("0.1.0", output.Trim(), StringComparison.Ordinal);
    }
}
