using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.GitHub.Tests.Support;

/// <summary>A deterministic analysis engine at the process edge: an added line with BUG is an error, with SMELL a warning.</summary>
public sealed class MarkerEngine : IAnalysisEngine
{
    public string Name => "roslyn";

    public Task<IReadOnlyList<Finding>> AnalyzeAsync(DiffSet diff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var found = new List<Finding>();
        foreach (var file in diff.Files)
        {
            var lines = diff.Snapshot.ReadText(file.Path)?.Split('\n') ?? [];
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains("BUG", StringComparison.Ordinal))
                {
                    found.Add(new Finding("", "CS9999", "compile-error", Severity.Error, file.Path, i + 1, i + 1, 1, "Marked bug.", null, ["roslyn"], 1.0));
                }

                if (lines[i].Contains("SMELL", StringComparison.Ordinal))
                {
                    found.Add(new Finding("", "COE-PERF-999", "smell", Severity.Warning, file.Path, i + 1, i + 1, 1, "Marked smell.", "Remove the smell.", ["roslyn"], 0.9));
                }
            }
        }

        return Task.FromResult<IReadOnlyList<Finding>>(found);
    }
}
