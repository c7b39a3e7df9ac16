using System.Text.Json.Serialization;

namespace CoeReview.RduSim.Hardware;

/// <summary>
/// One named hardware or model parameter with the source it comes from. Files may give a bare
/// number (an edited profile) or <c>{ "value": 638, "source": "SN40L paper, Table II" }</c>.
/// </summary>
[JsonConverter(typeof(ParamJsonConverter))]
public readonly record struct Param(double Value, string Source)
{
    public static implicit operator double(Param p) => p.Value;

    public static Param Of(double value, string source) => new(value, source);

    /// <summary>The same parameter with another value; the source says it was changed.</summary>
    public Param Scaled(double factor) => new(Value * factor, $"{Source} (scaled ×{factor})");

    public double ToDouble() => Value;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
