using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Output;

/// <summary>One <see cref="SimComparison"/> in each format `coe-review sim --format` offers.</summary>
public static class SimReport
{
    public static IReadOnlyList<string> Formats { get; } = ["text", "json", "svg", "html"];

    /// <summary>
    /// How many timeline events a run in <paramref name="format"/> should keep: the pictures draw a
    /// timeline, text and JSON do not, and keeping none spares the memory.
    /// </summary>
    public static int TimelineLimit(string format) => IsPicture(format) ? 4000 : 0;

    /// <summary>The run as `--format <paramref name="format"/>` prints it; the format is one of <see cref="Formats"/>, in lower case.</summary>
    public static string Render(SimComparison run, string format)
    {
        ArgumentNullException.ThrowIfNull(run);
        return format switch
        {
            "json" => SimJsonReport.Render(run) + "\n",
            "svg" => SimSvgRenderer.Render(run, Knee(run)),
            "html" => SimHtmlRenderer.Render(run, Knee(run)),
            "text" => SimTextReport.Render(run),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a sim format"),
        };
    }

    private static bool IsPicture(string format) => format is "svg" or "html";

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
}
