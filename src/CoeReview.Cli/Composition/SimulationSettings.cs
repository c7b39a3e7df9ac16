using CoeReview.Core.Config;
using CoeReview.RduSim.Backend;

namespace CoeReview.Cli.Composition;

/// <summary>The <c>simulation:</c> section of .coe-review.yml: which machine hosts the experts and which GPU system it is compared with.</summary>
public sealed class SimulationSettings
{
    public string? Hardware { get; set; }

    public string? Baseline { get; set; }

    public static RduSimOptions Options(ReviewConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var section = ConfigLoader.ReadSection<SimulationSettings>(config.Section("simulation"));
        var defaults = new RduSimOptions();
        return defaults with
        {
            Hardware = section?.Hardware ?? defaults.Hardware,
            Baseline = section?.Baseline ?? defaults.Baseline,
        };
    }
}
