using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Remote.Tests.Fakes;

/// <summary>An analysis engine named "roslyn" that reports the findings it is given.</summary>
public sealed class FakeAnalysisEngine(params Finding[] findings) : IAnalysisEngine
{
    public string Name => "roslyn";

    public Task<IReadOnlyList<Finding>> AnalyzeAsync(DiffSet diff, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Finding>>(findings);

    public static Finding Finding(string ruleId, string category, Severity severity, string path, int line, string message = "analysis says so") =>
        new("", ruleId, category, severity, path, line, line, 1, message, null, ["roslyn"], 0.9);
}
