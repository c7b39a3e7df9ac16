using System.CommandLine;
using CoeReview.RduSim.Output;

namespace CoeReview.Cli.Commands.Sim;

/// <summary><c>coe-review sim</c>: capacity planning on the simulated SN40L node and GPU baselines.</summary>
internal static class SimCommand
{
    public static Command Create(CliContext context)
    {
        var hardware = new Option<string?>("--hardware") { Description = "A profile name (see 'sim hardware list') or a profile file" };
        var compare = new Option<string?>("--compare") { Description = "Run the same scenario on a second machine and add speedups" };
        var scenario = new Option<string?>("--scenario") { Description = "Scenario file (JSON or YAML)" };
        var trace = new Option<string?>("--trace") { Description = "Trace file of given requests (JSON or YAML)" };
        var format = new Option<string>("--format") { Description = "text, json, svg or html", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. SimReport.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout" };
        var command = new Command("sim", "Simulate a Composition of Experts on an SN40L node or a GPU system") { hardware, compare, scenario, trace, format, output };
        command.SetAction((parse, ct) => RunAsync(context, new SimRequest
        {
            Command = SimRequestKind.Run,
            Hardware = parse.GetValue(hardware),
            Compare = parse.GetValue(compare),
            Scenario = parse.GetValue(scenario),
            Trace = parse.GetValue(trace),
            Format = parse.GetValue(format) ?? "text",
            Output = parse.GetValue(output),
        }, ct));

        var hardwareCommand = new Command("hardware", "List the hardware profiles or show one as JSON");
        var list = new Command("list", "List the shipped hardware profiles");
        list.SetAction((_, ct) => RunAsync(context, new SimRequest { Command = SimRequestKind.HardwareList }, ct));
        var name = new Argument<string>("name") { Description = "Profile name" };
        var show = new Command("show", "Print a profile as JSON that --hardware FILE accepts back") { name };
        show.SetAction((parse, ct) => RunAsync(context, new SimRequest { Command = SimRequestKind.HardwareShow, Hardware = parse.GetValue(name) }, ct));
        hardwareCommand.Subcommands.Add(list);
        hardwareCommand.Subcommands.Add(show);
        command.Subcommands.Add(hardwareCommand);

        var benchmark = new Command("benchmark", "Time a million requests over 850 experts");
        benchmark.SetAction((_, ct) => RunAsync(context, new SimRequest { Command = SimRequestKind.Benchmark }, ct));
        command.Subcommands.Add(benchmark);
        return command;
    }

    private static Task<int> RunAsync(CliContext context, SimRequest request, CancellationToken cancellationToken) =>
        CommandGuard.RunAsync(context, token => SimRunner.RunAsync(request, context, token), cancellationToken);
}
