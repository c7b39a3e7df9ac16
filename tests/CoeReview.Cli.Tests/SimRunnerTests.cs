using System.Text.Json;
using CoeReview.Cli.Commands.Sim;

namespace CoeReview.Cli.Tests;

public sealed class SimRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coe-sim-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Json_output_has_the_contracts_fields_and_speedups()
    {
        var (code, stdout, _) = await Run(new SimRequest { Format = "json", Compare = "dgx-h100", Scenario = Write("s.json", """{ "experts": 60, "requests": 64, "batchSize": 8 }""") });

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("sn40l-node", root.GetProperty("hardware").GetString());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("scenario").ValueKind);
        foreach (var field in new[] { "totalMs", "switchMs", "prefillMs", "decodeMs", "routerMs", "switches", "meanSwitchMs", "meanRequestLatencyMs", "outputTokensPerSecond", "expertsResidentInFastMemory", "nodesToHoldAllExperts" })
        {
            Assert.Equal(JsonValueKind.Number, root.GetProperty("result").GetProperty(field).ValueKind);
            Assert.Equal(JsonValueKind.Number, root.GetProperty("compare").GetProperty("result").GetProperty(field).ValueKind);
        }

        var compare = root.GetProperty("compare");
        Assert.Equal("dgx-h100", compare.GetProperty("hardware").GetString());
        var speedup = compare.GetProperty("speedup");
        Assert.Equal(
            compare.GetProperty("result").GetProperty("totalMs").GetDouble() / root.GetProperty("result").GetProperty("totalMs").GetDouble(),
            speedup.GetProperty("total").GetDouble(),
            2);
        Assert.True(speedup.GetProperty("switch").GetDouble() > 1);
    }

    [Fact]
    public async Task Hardware_show_prints_a_profile_that_hardware_file_accepts_back()
    {
        var (_, shown, _) = await Run(new SimRequest { Command = SimRequestKind.HardwareShow, Hardware = "dgx-a100" });
        var file = Write("mine.json", shown.Replace("\"name\": \"dgx-a100\"", "\"name\": \"my-dgx\"", StringComparison.Ordinal));

        var (code, text, _) = await Run(new SimRequest { Hardware = file, Scenario = Write("s.yml", "experts: 10\nrequests: 20\n") });

        Assert.Equal(0, code);
        Assert.Contains("my-dgx", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hardware_list_names_every_shipped_profile()
    {
        var (code, text, _) = await Run(new SimRequest { Command = SimRequestKind.HardwareList });

        Assert.Equal(0, code);
        foreach (var name in new[] { "sn40l-node", "sn40l-16", "dgx-h100", "dgx-a100", "h100-sxm" })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("tpu-v9", null, "unknown hardware")]
    [InlineData("sn40l-node", """{ "routing": "zipf:x" }""", "Zipf")]
    [InlineData("sn40l-node", "{ broken", "s.json")]
    public async Task Bad_input_is_one_line_on_stderr_and_exit_code_2(string hardware, string? scenario, string mentions)
    {
        var request = new SimRequest { Hardware = hardware, Scenario = scenario is null ? null : Write("s.json", scenario) };

        var (code, stdout, stderr) = await Run(request);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains(mentions, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_trace_file_is_replayed_and_a_missing_one_is_bad_input()
    {
        var trace = Write("t.json", """{ "expertModel": "llama-3.1-8b", "experts": 3, "hbmSlots": 2, "requests": [ { "expert": 0, "promptTokens": 100, "outputTokens": 5 }, { "expert": 1 }, { "expert": 2 } ] }""");

        var (ok, json, _) = await Run(new SimRequest { Hardware = "h100-sxm", Trace = trace, Format = "json" });
        var (missing, _, _) = await Run(new SimRequest { Trace = Path.Combine(_dir, "nope.json") });

        Assert.Equal(0, ok);
        Assert.Equal(3, JsonDocument.Parse(json).RootElement.GetProperty("result").GetProperty("switches").GetInt32());
        Assert.Equal(2, missing);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData("svg", "<svg")]
    [InlineData("html", "<!DOCTYPE html>")]
    public async Task Pictures_show_timeline_memory_and_knee_for_both_machines(string format, string starts)
    {
        var output = Path.Combine(_dir, "out." + format);

        var (code, stdout, _) = await Run(new SimRequest { Format = format, Compare = "dgx-h100", Output = output, Scenario = Write("s.json", """{ "experts": 80, "requests": 48, "batchSize": 8 }""") });

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        var text = await File.ReadAllTextAsync(output);
        Assert.StartsWith(starts, text, StringComparison.Ordinal);
        Assert.Contains("Timeline", text, StringComparison.Ordinal);
        Assert.Contains("Memory tiers", text, StringComparison.Ordinal);
        Assert.Contains("fit in HBM", text, StringComparison.Ordinal);
        Assert.Contains("#d62728", text, StringComparison.Ordinal);   // switch bars
        Assert.Contains("dgx-h100", text, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(SimRequest request)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await SimRunner.RunAsync(request, new CliContext(stdout, stderr, _ => null, TextReader.Null), CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
