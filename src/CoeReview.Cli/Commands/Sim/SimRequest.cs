namespace CoeReview.Cli.Commands.Sim;

/// <summary>The parsed options of `coe-review sim`, as System.CommandLine hands them over.</summary>
internal sealed record SimRequest
{
    public SimRequestKind Command { get; init; } = SimRequestKind.Run;

    /// <summary>A shipped profile name or a profile file (default sn40l-node); for HardwareShow, the profile to show.</summary>
    public string? Hardware { get; init; }

    /// <summary>A second machine to run the same scenario on, adding speedups.</summary>
    public string? Compare { get; init; }

    public string? Scenario { get; init; }

    public string? Trace { get; init; }

    /// <summary>text, json, svg or html.</summary>
    public string Format { get; init; } = "text";

    /// <summary>Write here instead of stdout.</summary>
    public string? Output { get; init; }
}
