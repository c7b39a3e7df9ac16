namespace CoeReview.RduSim.Hardware;

/// <summary>Rejects profiles whose numbers cannot describe a machine, with the offending field named.</summary>
internal static class HardwareValidator
{
    public static void Validate(HardwareProfile p, string what)
    {
        if (string.IsNullOrWhiteSpace(p.Name))
        {
            throw new SimInputException($"{what}: profile needs a name");
        }

        if (!p.IsRdu && !string.Equals(p.Kind, "gpu", StringComparison.OrdinalIgnoreCase))
        {
            throw new SimInputException($"{what}: kind must be 'rdu' or 'gpu', not '{p.Kind}'");
        }

        Positive(what, "devices", p.Devices);
        Positive(what, "compute.bf16PeakTflops", p.Compute.Bf16PeakTflops);
        Fraction(what, "compute.prefillEfficiency", p.Compute.PrefillEfficiency);
        Positive(what, "memory.hbmGB", p.Memory.HbmGB);
        Positive(what, "memory.hbmTBps", p.Memory.HbmTBps);
        Fraction(what, "memory.bandwidthEfficiency", p.Memory.BandwidthEfficiency);
        Fraction(what, "memory.usableHbmFraction", p.Memory.UsableHbmFraction);
        Positive(what, "switching.linkGBps", p.Switching.LinkGBps);
        Fraction(what, "switching.linkEfficiency", p.Switching.LinkEfficiency);
        Positive(what, "switching.nodeAggregateGBps", p.Switching.NodeAggregateGBps);
        Positive(what, "interconnect.allReduceGBps", p.Interconnect.AllReduceGBps);
        NonNegative(what, "execution.launchUs", p.Execution.LaunchUs);
        NonNegative(what, "memory.ddrGB", p.Memory.DdrGB);
        if (p.Devices.Value != Math.Round(p.Devices.Value))
        {
            throw new SimInputException($"{what}: devices must be a whole number");
        }
    }

    private static void Positive(string what, string field, Param value)
    {
        if (!(value.Value > 0) || double.IsInfinity(value.Value))
        {
            throw new SimInputException($"{what}: {field} must be a positive number");
        }
    }

    private static void NonNegative(string what, string field, Param value)
    {
        if (!(value.Value >= 0) || double.IsInfinity(value.Value))
        {
            throw new SimInputException($"{what}: {field} must not be negative");
        }
    }

    private static void Fraction(string what, string field, Param value)
    {
        if (!(value.Value > 0 && value.Value <= 1))
        {
            throw new SimInputException($"{what}: {field} must be in (0, 1]");
        }
    }
}
