using System.Diagnostics;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

public sealed class ProcessEdgeTests
{
    private static Task<(int Exit, string Out, string Err)> RunToolAsync(params string[] args) => RunToolAsync(new Dictionary<string, string?>(), args);

    private static async Task<(int Exit, string Out, string Err)> RunToolAsync(Dictionary<string, string?> environment, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "coe-review.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

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

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_real_tool_routes_with_the_model_and_leaves_no_onnx_runtime_telemetry_behind()
    {
        // Given a change, and a cache and home folder of the tool's own, with no telemetry choice inherited
        using var repo = new TempGitRepo();
        repo.Write("src/Orders.cs", "class Orders {}\n").Commit();
        repo.Write("src/Orders.cs", "class Orders\n{\n    public string Query(string id) => \"select * from orders where id = \" + id;\n}\n");
        var home = Path.Combine(Path.GetTempPath(), "coe-telemetry-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        try
        {
            // When the tool routes the change with the embedding model
            var (exit, _, error) = await RunToolAsync(
                new Dictionary<string, string?> { ["HOME"] = home, ["XDG_CACHE_HOME"] = Path.Combine(home, ".cache"), ["ORT_DISABLE_TELEMETRY"] = null, ["COE_REVIEW_SERVER"] = "0" },
                "route", "--repo", repo.Root);

            // Then the model ran (its vectors are cached) and ONNX Runtime wrote no device id or event store
            Assert.True(exit == 0, error);
            Assert.True(File.Exists(Path.Combine(home, ".cache", "coe-review", "router-embeddings.bin")));
            Assert.DoesNotContain(Directory.GetFiles(home, "*", SearchOption.AllDirectories), f => f.Contains("onnxruntime", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Fact]
    public async Task Version_prints_the_tool_name_and_version()
    {
        var (exit, output, _) = await RunToolAsync("--version");

        Assert.Equal(0, exit);
        Assert.StartsWith("0.1.0", output.Trim(), StringComparison.Ordinal);
    }
}
