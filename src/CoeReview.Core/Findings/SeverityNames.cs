namespace CoeReview.Core.Findings;

/// <summary>The lower-case names the contract uses for severities and fail levels.</summary>
public static class SeverityNames
{
    public static string ToName(this Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "note":
            case "info":
                severity = Severity.Note;
                return true;
            default:
                severity = Severity.Note;
                return false;
        }
    }
}
