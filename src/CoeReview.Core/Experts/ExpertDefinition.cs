using CoeReview.Core.Findings;

namespace CoeReview.Core.Experts;

/// <summary>One expert as defined by experts/&lt;id&gt;.yml.</summary>
public sealed record ExpertDefinition(
    string Id,
    string Description,
    ExpertRouting Routing,
    ExpertAnalysis Analysis,
    ExpertModel Model,
    Severity DefaultSeverity,
    IReadOnlyDictionary<string, Severity> SeverityOverrides,
    string SourceFile)
{
    /// <summary>The severity of a rule: an override in the file, else what the analyzer said, else the default.</summary>
    public Severity SeverityFor(string ruleId, Severity? reported)
    {
        foreach (var (pattern, severity) in SeverityOverrides)
        {
            if (Glob.IsMatch(pattern, ruleId))
            {
                return severity;
            }
        }

        return reported ?? DefaultSeverity;
    }
}
