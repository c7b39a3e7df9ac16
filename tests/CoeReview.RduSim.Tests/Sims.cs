using System.Text.Json;
using CoeReview.RduSim;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Tests;

/// <summary>Small helpers to run the paper's scenario and its variations.</summary>
internal static class Sims
{
    public static Scenario TableV(int batch, int output, int requests = 800, int experts = 150) => Scenario.Default with
    {
        BatchSize = batch,
        OutputTokens = output,
        Experts = experts,
        Requests = JsonDocument.Parse(requests.ToString(System.Globalization.CultureInfo.InvariantCulture)).RootElement,
    };

    public static SimResult Run(Scenario scenario, string hardware) => Run(scenario, HardwareCatalog.Get(hardware));

    public static SimResult Run(Scenario scenario, HardwareProfile hardware) => NodeSimulator.Run(ScenarioBuilder.Build(scenario, hardware));

    public static Scenario Parse(string json) => SimJson.Parse<Scenario>(json, "test scenario");
}
