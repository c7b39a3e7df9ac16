namespace CoeReview.Core.Pipeline;

/// <summary>
/// Runs only the experts' analysis half, in-process, with no model: the base the simulated and
/// remote backends build on, and a plain backend for tests.
/// </summary>
public sealed class LocalAnalysisBackend(SharedAnalysis analysis, string name = "local") : ICoeBackend
{
    public string Name => name;

    public async Task<ExpertResult> RunAsync(ExpertWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var findings = await analysis.ForExpertAsync(work, cancellationToken).ConfigureAwait(false);
        return new ExpertResult(work.Expert.Id, ExpertStatus.Ok, null, work.Tasks.Count, findings, 0);
    }
}
