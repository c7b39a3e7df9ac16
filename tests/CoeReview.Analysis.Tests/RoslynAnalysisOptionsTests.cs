using CoeReview.Core.Experts;

namespace CoeReview.Analysis.Tests;

public sealed class RoslynAnalysisOptionsTests
{
    private static ExpertDefinition Expert(string id, params string[] rules) =>
        new(id, "", new ExpertRouting([], [], [], [], [], false), new ExpertAnalysis(["roslyn"], rules), new ExpertModel("p", "", null, 0, 1), Core.Findings.Severity.Warning, new Dictionary<string, Core.Findings.Severity>(), id + ".yml");

    [Fact]
    public void Options_for_the_syntax_expert_alone_run_only_the_compiler_check()
    {
        var options = RoslynAnalysisOptions.ForExperts([Expert("syntax", "CS*")]);

        Assert.Equal((true, false, false), (options.CompilerDiagnostics, options.CodeRules, options.NetAnalyzers));
    }

    [Fact]
    public void Options_for_the_security_expert_run_our_rules_and_NetAnalyzers_but_not_the_compiler_check()
    {
        var options = RoslynAnalysisOptions.ForExperts([Expert("security", "COE-SEC-*", "CA5*")]);

        Assert.Equal((false, true, true), (options.CompilerDiagnostics, options.CodeRules, options.NetAnalyzers));
    }
}
