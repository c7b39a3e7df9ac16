namespace CoeReview.Core.Experts;

/// <summary>The deterministic analysis an expert owns: analyzer engines by name and the rule ids (globs like CA5*) it claims.</summary>
public sealed record ExpertAnalysis(IReadOnlyList<string> Analyzers, IReadOnlyList<string> Rules)
{
    public bool OwnsRule(string ruleId) => Rules.Any(r => Glob.IsMatch(r, ruleId));
}
