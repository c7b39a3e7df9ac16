using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.RduSim.Tests;

/// <summary>A stand-in for Roslyn: returns the findings it was given, counting its runs.</summary>
internal sealed class FakeAnalysisEngine(params Finding[] findings) : IAnalysisEngine
{
    public int Runs { get; private set; }

    public string Name => "roslyn";

    public Task<IReadOnlyList<Finding>> AnalyzeAsync(DiffSet diff, CancellationToken cancellationToken)
    {
        Runs++;
        return Task.FromResult<IReadOnlyList<Finding>>(findings);
    }

    public static Finding At(string path, int line, string rule, string message = "Untrusted input reaches a SQL command") =>
        new("", rule, "sql-injection", Severity.Error, path, line, line, 1, message, null, ["roslyn"], 1.0);
}
