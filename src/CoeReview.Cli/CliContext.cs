namespace CoeReview.Cli;

/// <summary>The process edge a command sees: output streams, stdin, environment. Tests supply their own.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, Func<string, string?> Environment, TextReader In)
{
    /// <summary>True when Out is the real console on a terminal, so colour may be used.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Creates the analysis engines a review shares; tests put fakes here.</summary>
    public Func<Core.Experts.ExpertCatalog, Core.Pipeline.FilterMode, IReadOnlyList<Core.Pipeline.IAnalysisEngine>> AnalysisEngines { get; init; } = Composition.AnalysisEngines.Create;

    public static CliContext FromProcess() => new(Console.Out, Console.Error, System.Environment.GetEnvironmentVariable, Console.In)
    {
        OutIsTerminal = !Console.IsOutputRedirected,
    };
}
