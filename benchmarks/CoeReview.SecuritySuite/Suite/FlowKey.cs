using System.Text.RegularExpressions;

namespace CoeReview.SecuritySuite;

/// <summary>
/// The Juliet flow a method belongs to: "bad" for Bad, BadSink, Bad_source..., or a class ending in _bad
/// (variant 81); otherwise the good token (GoodG2B1Sink -> goodG2B1, class _81_goodB2G -> goodB2G).
/// The Good() and Bad()-less drivers and helpers (Good, PrivateReturnsTrue, RunTest...) belong to none.
/// </summary>
internal static partial class FlowKey
{
    public const string Bad = "bad";

    public static string? Of(string className, string methodName)
    {
        ArgumentNullException.ThrowIfNull(className);
        ArgumentNullException.ThrowIfNull(methodName);
        var byClass = ClassSuffix().Match(className);
        if (byClass.Success)
        {
            return byClass.Groups[1].Value;
        }

        if (methodName.StartsWith("Bad", StringComparison.Ordinal))
        {
            return Bad;
        }

        var good = GoodMethod().Match(methodName);
        return good.Success ? "good" + good.Groups[1].Value : null;
    }

    [GeneratedRegex(@"_(bad|good(?:G2B|B2G)\d*)$")]
    private static partial Regex ClassSuffix();

    // "Good" alone is the driver that calls the good flows; it is no flow of its own.
    [GeneratedRegex(@"^Good(G2B\d*|B2G\d*|\d+)")]
    private static partial Regex GoodMethod();
}
