using System.Globalization;

namespace CoeReview.RduSim.Simulation;

/// <summary>
/// Draws the expert of each request: uniform, or Zipf with exponent s where expert 0 is the most
/// popular (P(k) ∝ 1/(k+1)^s). Seeded, so the same seed gives the same requests.
/// </summary>
internal sealed class RoutingSampler
{
    private readonly Random _random;
    private readonly double[]? _cdf;
    private readonly int _experts;

    private RoutingSampler(int experts, int seed, double[]? cdf)
    {
        _experts = experts;
        _random = new Random(seed);
        _cdf = cdf;
    }

    public static RoutingSampler Parse(string routing, int experts, int seed)
    {
        ArgumentNullException.ThrowIfNull(routing);
        var text = routing.Trim().ToLowerInvariant();
        if (text == "uniform")
        {
            return new RoutingSampler(experts, seed, null);
        }

        if (text.StartsWith("zipf", StringComparison.Ordinal))
        {
            var arg = text.Length > 4 && text[4] == ':' ? text[5..] : "1.0";
            if (!double.TryParse(arg, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || s < 0 || double.IsInfinity(s))
            {
                throw new SimInputException($"routing '{routing}': the Zipf exponent must be a non-negative number, e.g. zipf:1.0");
            }

            var cdf = new double[experts];
            double sum = 0;
            for (var k = 0; k < experts; k++)
            {
                sum += 1 / Math.Pow(k + 1, s);
                cdf[k] = sum;
            }

            for (var k = 0; k < experts; k++)
            {
                cdf[k] /= sum;
            }

            return new RoutingSampler(experts, seed, cdf);
        }

        throw new SimInputException($"routing must be 'uniform' or 'zipf:S', not '{routing}'");
    }

    public int Next()
    {
        if (_cdf is null)
        {
            return _random.Next(_experts);
        }

        var u = _random.NextDouble();
        var i = Array.BinarySearch(_cdf, u);
        return Math.Min(i >= 0 ? i : ~i, _experts - 1);
    }
}
