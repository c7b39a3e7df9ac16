using System.Globalization;

namespace CoeReview.RduSim.Output;

/// <summary>
/// How the machine asked for compares with the one it is compared with on one metric: a factor of
/// at least 1 and a word saying which way it points ("3.32× faster", "1.43× slower"), because a bare
/// "0.70×" leaves the reader guessing which machine is over which (issue #13.11).
/// </summary>
public sealed record SimRatio(double Factor, string Direction)
{
    /// <summary>Factors that round to 1.00 read as the same, not as "1.00× slower".</summary>
    private const double Same = 1.005;

    public bool IsSame => Direction == "same";

    /// <summary>The ratio of <paramref name="ours"/> to <paramref name="theirs"/>, or null when either is zero (no ratio to speak of).</summary>
    public static SimRatio? Of(SimQuantity quantity, double ours, double theirs)
    {
        if (ours <= 0 || theirs <= 0)
        {
            return null;
        }

        var factor = Math.Max(ours, theirs) / Math.Min(ours, theirs);
        if (factor < Same)
        {
            return new SimRatio(1, "same");
        }

        var direction = quantity switch
        {
            SimQuantity.Duration => ours < theirs ? "faster" : "slower",
            SimQuantity.Throughput => ours > theirs ? "higher" : "lower",
            _ => ours > theirs ? "more" : "fewer",
        };
        return new SimRatio(factor, direction);
    }

    /// <summary>For a table cell: "3.32× faster" or "same".</summary>
    public override string ToString() => IsSame ? "same" : string.Create(CultureInfo.InvariantCulture, $"{Factor:0.00}× {Direction}");

    /// <summary>For a sentence: "3.32× faster than dgx-h100" or "the same as dgx-h100".</summary>
    public string Than(string other) => IsSame ? $"the same as {other}" : $"{this} than {other}";
}
