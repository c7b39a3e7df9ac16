using CoeReview.Core.Config;
using CoeReview.RduSim.Backend;

namespace CoeReview.Cli.Composition;

/// <summary>The <c>simulation:</c> section of .coe-review.yml: which machine hosts the experts and which GPU system it is compared with.</summary>
internal sealed class SimulationSettings
{
    public string? Hardware { get; set; }

    public string? Baseline { get; set; }

    public static RduSimOptions Options(ReviewConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = Read(config.SectionNode("simulation"));
        var defaults = new RduSimOptions();
        return defaults with
        {
            Hardware = section?.Hardware ?? defaults.Hardware,
            Baseline = section?.Baseline ?? defaults.Baseline,
        };
    }

    private static SimulationSettings? Read(ConfigSection? section)
    {
        if (section is null)
        {
            return null;
        }

        var reader = section.Reader;
        if (reader.Mapping(section.Node, "simulation", "a mapping of hardware, baseline") is not { } map)
        {
            return null;
        }

        reader.CheckKeys(map, "simulation.", ["hardware", "baseline"]);
        return new SimulationSettings
        {
            Hardware = reader.Text(ConfigReader.Child(map, "hardware"), "simulation.hardware"),
            Baseline = reader.Text(ConfigReader.Child(map, "baseline"), "simulation.baseline"),
        };
    }
}
