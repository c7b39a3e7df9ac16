using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Testing;

/// <summary>
/// A stand-in for Roslyn or any other analysis engine: it reports the findings it was given, or, made with
/// <see cref="Markers"/>, reads the new text of each changed file and reports an error for every line with
/// BUG and a warning for every line with SMELL, so process-edge tests get deterministic findings from their input.
/// It counts its runs, so a test can tell whether the analysis stage reused a result.
/// </summary>
public sealed class FakeAnalysisEngine : IAnalysisEngine
{
    private readonly IReadOnlyList<Finding> _findings;
    private readonly MarkerColumn? _markers;

    /// <summary>An engine named "roslyn" that reports <paramref name="findings"/>.</summary>
    public FakeAnalysisEngine(params Finding[] findings)
        : this("roslyn", findings)
    {
    }

    public FakeAnalysisEngine(string name, params Finding[] findings)
    {
        Name = name;
        _findings = findings;
    }

    private FakeAnalysisEngine(MarkerColumn column)
        : this("roslyn")
    {
        _markers = column;
    }

    public string Name { get; }

    /// <summary>How many times <see cref="AnalyzeAsync"/> was called.</summary>
    public int Runs { get; private set; }

    /// <summary>When set, every run throws it, as a crashing engine would.</summary>
    public Exception? Failure { get; init; }

    /// <summary>An engine named "roslyn" that finds the BUG and SMELL markers in the changed files.</summary>
    public static FakeAnalysisEngine Markers(MarkerColumn bugColumn = MarkerColumn.First) => new(bugColumn);

    public Task<IReadOnlyList<Finding>> AnalyzeAsync(DiffSet diff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diff);
        Runs++;
        if (Failure is not null)
        {
            throw Failure;
        }

        return Task.FromResult(_markers is { } column ? FindMarkers(diff, column) : _findings);
    }

    private static IReadOnlyList<Finding> FindMarkers(DiffSet diff, MarkerColumn column)
    {
        var found = new List<Finding>();
        foreach (var file in diff.Files)
        {
            var lines = diff.Snapshot.ReadText(file.Path)?.Split('\n') ?? [];
            for (var i = 0; i < lines.Length; i++)
            {
                var bug = lines[i].IndexOf("BUG", StringComparison.Ordinal);
                if (bug >= 0)
                {
                    var at = column == MarkerColumn.AtMarker ? bug + 1 : 1;
                    found.Add(new Finding("", "CS9999", "compile-error", Severity.Error, file.Path, i + 1, i + 1, at, "Marked bug.", null, ["roslyn"], 1.0));
                }

                if (lines[i].Contains("SMELL", StringComparison.Ordinal))
                {
                    found.Add(new Finding("", "COE-PERF-999", "smell", Severity.Warning, file.Path, i + 1, i + 1, 1, "Marked smell.", "Remove the smell.", ["roslyn"], 0.9));
                }
            }
        }

        return found;
    }
}
