using System.Globalization;

namespace CoeReview.RduSim.Output;

/// <summary>
/// Milliseconds for people: one unit per row, chosen from the row's larger value, so that
/// "69,822.1 ms" never stands next to "232.1 s" (issue #13.11).
/// </summary>
internal static class SimDuration
{
    /// <summary>From this many milliseconds on, a row is shown in seconds.</summary>
    public const double SecondsFrom = 10_000;

    /// <summary>"ms" or "s" for a row whose largest value is <paramref name="rowMaxMs"/>.</summary>
    public static string UnitFor(double rowMaxMs) => rowMaxMs >= SecondsFrom ? "s" : "ms";

    /// <summary><paramref name="ms"/> in the unit of a row whose largest value is <paramref name="rowMaxMs"/>.</summary>
    public static string Format(double ms, double rowMaxMs)
    {
        if (UnitFor(rowMaxMs) == "ms")
        {
            return Inv($"{ms:N1} ms");
        }

        // A small value in a row of seconds keeps three decimals rather than reading as "0.0 s".
        var s = ms / 1e3;
        return s is > 0 and < 1 ? Inv($"{s:0.000} s") : Inv($"{s:N1} s");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
