using System.Globalization;
using CoeReview.Core.Simulation;
using CoeReview.Core.Text;

namespace CoeReview.Cli.Reporting;

/// <summary>
/// The simulated cost of a review's expert models in one sentence for a .NET developer: what the
/// experts' model requests would take on the CoE hardware and on a GPU system, and how they compare.
/// </summary>
internal static class CostSentence
{
    public static string For(SimulationReport sim)
    {
        ArgumentNullException.ThrowIfNull(sim);

        // An empty review asks no model anything: there is no ratio to state (it would read "0.0x").
        if (sim.Requests == 0 || sim.RduMs <= 0 || sim.BaselineMs <= 0)
        {
            return "Estimated model cost: nothing, since no expert model was asked anything.";
        }

        var tokens = sim.PromptTokens + sim.OutputTokens;
        var ratio = sim.Speedup switch
        {
            >= 1.05 => string.Create(CultureInfo.InvariantCulture, $"{sim.Speedup:0.0} times faster on {sim.Hardware}"),
            <= 0.95 => string.Create(CultureInfo.InvariantCulture, $"{1 / sim.Speedup:0.0} times slower on {sim.Hardware}"),
            _ => "about the same on both",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"Estimated model cost (simulated, not measured): the experts' {Plural.Of(sim.Requests, "model request")} ({tokens:N0} tokens) would take {Duration(sim.RduMs)} on {sim.Hardware} and {Duration(sim.BaselineMs)} on {sim.Baseline}, {ratio}.");
    }

    private static string Duration(double ms) => ms >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.0} s")
        : string.Create(CultureInfo.InvariantCulture, $"{ms:0} ms");
}
