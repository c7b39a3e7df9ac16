using System.Globalization;
using CoeReview.RduSim;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Output;
using CoeReview.RduSim.Simulation;

namespace CoeReview.Cli.Commands.Sim;

/// <summary>
/// `coe-review sim …`: runs a scenario or trace on a machine (and another to compare), lists and
/// shows profiles. Bad input is one line on stderr, prefixed "coe-review sim:", and exit code 2.
/// </summary>
internal static class SimRunner
{
    private const string DefaultHardware = "sn40l-node";

    public static async Task<int> RunAsync(SimRequest request, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var text = request.Command switch
            {
                SimRequestKind.HardwareList => List(),
                SimRequestKind.HardwareShow => HardwareCatalog.ToJson(HardwareCatalog.Resolve(request.Hardware ?? throw new CliInputException("sim hardware show needs a NAME"))) + "\n",
                SimRequestKind.Benchmark => Benchmark(),
                _ => Simulate(request, cancellationToken),
            };
            await WriteAsync(request.Output, text, context.Out, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is SimInputException or CliInputException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"coe-review sim: {e.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
    }

    private static string Simulate(SimRequest request, CancellationToken cancellationToken)
    {
        var format = request.Format.Trim().ToLowerInvariant();
        if (!SimReport.Formats.Contains(format))
        {
            throw new CliInputException($"--format must be text, json, svg or html, not '{request.Format}'");
        }

        if (request.Scenario is not null && request.Trace is not null)
        {
            throw new CliInputException("give --scenario or --trace, not both");
        }

        var scenario = request.Trace is { } trace ? LoadTrace(trace)
            : request.Scenario is { } file ? Scenario.Load(file)
            : Scenario.Default;
        var hardware = HardwareCatalog.Resolve(request.Hardware ?? DefaultHardware);
        var compare = request.Compare is { } c ? HardwareCatalog.Resolve(c) : null;
        var run = SimComparison.Run(scenario, hardware, compare, SimReport.TimelineLimit(format));
        cancellationToken.ThrowIfCancellationRequested();
        return SimReport.Render(run, format);
    }

    private static Scenario LoadTrace(string path)
    {
        var trace = Scenario.Load(path);
        return trace.Requests is { ValueKind: System.Text.Json.JsonValueKind.Array }
            ? trace
            : throw new SimInputException($"{path}: a trace needs \"requests\" as a list of {{ expert, promptTokens, outputTokens }}");
    }

    private static string List()
    {
        var lines = HardwareCatalog.Names.Select(n =>
        {
            var p = HardwareCatalog.Get(n);
            var summary = p.Description.Split(':')[0];
            return string.Create(CultureInfo.InvariantCulture, $"{n,-22}{p.Kind,-5}{p.DeviceCount,3} × {p.Memory.HbmGB:0} GB HBM  {summary}");
        });
        return string.Join('\n', lines) + "\n";
    }

    private static string Benchmark()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var seconds = SimBenchmark.Run(writer);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest: {seconds:F3} s (target < 5 s)"));
        return writer.ToString();
    }

    private static async Task WriteAsync(string? output, string text, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (output is null || output == "-")
        {
            await stdout.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }

        await File.WriteAllTextAsync(output, text, cancellationToken).ConfigureAwait(false);
    }
}
