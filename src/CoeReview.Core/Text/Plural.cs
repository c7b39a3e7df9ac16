using System.Globalization;

namespace CoeReview.Core.Text;

/// <summary>Counts for people: "1 finding", "2 findings" (every noun the reports count takes -s).</summary>
public static class Plural
{
    public static string Of(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>"1/1 hunk", "2/3 hunks": the noun agrees with the total.</summary>
    public static string OfTotal(int part, int total, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{part}/{total} {noun}{(total == 1 ? "" : "s")}");
}
