namespace CoeReview.Analysis.Rules;

/// <summary>A family of CoeReview's own rules run over one changed file with its semantic model.</summary>
internal interface ICodeRule
{
    IReadOnlyList<RuleDescriptor> Rules { get; }

    void Analyze(RuleContext context);
}
