using System.Globalization;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Output;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Cli;

/// <summary>
/// `coe-review sim …` for the CLI to call: runs a scenario or trace on a machine (and another to
/// compare), lists and shows profiles. Bad input is one line on stderr and exit code 2.
/// </summary>
public static class SimCli
{
    public const int Success = 0;
    public const int InvalidInput = 2;
    private const string DefaultHardware = "sn40l-node";

    public static async Task<int> RunAsync(SimCliRequest request, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var text = request.Command switch
            {
                SimCommand.HardwareList => List(),
                SimCommand.HardwareShow => HardwareCatalog.ToJson(HardwareCatalog.Resolve(request.Hardware ?? throw new SimInputException("sim hardware show needs a NAME"))) + "\n",
                SimCommand.Benchmark => Benchmark(),
                _ => Simulate(request, cancellationToken),
            };
            await WriteAsync(request.Output, text, stdout, cancellationToken).ConfigureAwait(false);
            return Success;
        }
        catch (SimInputException e)
        {
            await stderr.WriteLineAsync($"coe-review sim: {e.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return InvalidInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"coe-review sim: {e.Message}".AsMemory(), cancellationToken).ConfigureAwait(false);
            return InvalidInput;
        }
    }

    private static string Simulate(SimCliRequest request, CancellationToken cancellationToken)
    {
        var format = request.Format.Trim().ToLowerInvariant();
        if (format is not ("text" or "json" or "svg" or "html"))
        {
            throw new SimInputException($"--format must be text, json, svg or html, not '{request.Format}'");
        }

        if (request.Scenario is not null && request.Trace is not null)
        {
            throw new SimInputException("give --scenario or --trace, not both");
        }

        var scenario = request.Trace is { } trace ? LoadTrace(trace)
            : request.Scenario is { } file ? Scenario.Load(file)
            : Scenario.Default;
        var hardware = HardwareCatalog.Resolve(request.Hardware ?? DefaultHardware);
        var compare = request.Compare is { } c ? HardwareCatalog.Resolve(c) : null;
        var pictures = format is "svg" or "html";
        var run = SimComparison.Run(scenario, hardware, compare, pictures ? 4000 : 0);
        cancellationToken.ThrowIfCancellationRequested();
        return format switch
        {
            "json" => SimJsonReport.Render(run) + "\n",
            "svg" => SimSvgRenderer.Render(run, Knee(run)),
            "html" => SimHtmlRenderer.Render(run, Knee(run)),
            _ => SimTextReport.Render(run),
        };
    }

    private static Scenario LoadTrace(string path)
    {
        var trace = Scenario.Load(path);
        return trace.Requests is { ValueKind: System.Text.Json.JsonValueKind.Array }
            ? trace
            : throw new SimInputException($"{path}: a trace needs \"requests\" as a list of {{ expert, promptTokens, outputTokens }}");
    }

    /// <summary>
    /// The knee for each machine asked for. Without --compare that is one curve: a baseline the user
    /// did not ask for has no place on the page (issue #13.11).
    /// </summary>
    private static List<KneeCurve> Knee(SimComparison run)
    {
        var setups = new List<SimSetup> { run.Setup };
        if (run.CompareSetup is { } other)
        {
            setups.Add(other);
        }

        var capacities = setups.Select(s => Capacity.For(s).DerivedSlots * s.Lanes).ToArray();
        var counts = KneeSweep.Counts(run.Setup.Experts, capacities);
        return setups.Select((s, i) => new KneeCurve(s.Hardware.Name, capacities[i], KneeSweep.Run(s, counts))).ToList();
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
