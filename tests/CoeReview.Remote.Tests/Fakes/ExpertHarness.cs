using CoeReview.Core.Experts;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Remote.Config;
using CoeReview.Testing;

namespace CoeReview.Remote.Tests.Fakes;

/// <summary>
/// A remote backend with the analysis findings the pipeline would hand it: RunAsync gives the
/// expert its analysis like the analysis stage does and returns the expert's result as the review
/// lists it (analysis findings joined by the merger's rule), so tests read one expert's outcome.
/// </summary>
internal sealed class ExpertHarness(RemoteBackend backend, IReadOnlyList<Finding> analysis) : IDisposable
{
    // The same work item always becomes the same analysed one, as the backend matches prepared plans by reference.
    private readonly Dictionary<ExpertWork, ExpertWork> _analysed = new(ReferenceEqualityComparer.Instance);

    public RemoteBackend Backend { get; } = backend;

    /// <summary>The analysis stage these tests' pipelines run: one fake engine with the given findings.</summary>
    public AnalysisStage Analysis { get; } = new([new FakeAnalysisEngine([.. analysis])]);

    public string Name => Backend.Name;

    public RemoteOptions Options => Backend.Options;

    public void Validate(IEnumerable<ExpertDefinition> experts) => Backend.Validate(experts);

    public async Task<ExpertResult> RunAsync(ExpertWork work, CancellationToken cancellationToken)
    {
        var analysed = await WithAnalysisAsync(work, cancellationToken).ConfigureAwait(false);
        return Merger.Join(analysed, await Backend.RunAsync(analysed, cancellationToken).ConfigureAwait(false));
    }

    public async Task PrepareAsync(IReadOnlyList<ExpertWork> work, CancellationToken cancellationToken)
    {
        var analysed = new List<ExpertWork>();
        foreach (var w in work)
        {
            analysed.Add(await WithAnalysisAsync(w, cancellationToken).ConfigureAwait(false));
        }

        await Backend.PrepareAsync(analysed, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The work as the pipeline hands it to a backend: with the expert's analysis findings.</summary>
    public Task<ExpertWork> AnalysedAsync(ExpertWork work, CancellationToken cancellationToken) => WithAnalysisAsync(work, cancellationToken);

    private async Task<ExpertWork> WithAnalysisAsync(ExpertWork work, CancellationToken cancellationToken)
    {
        lock (_analysed)
        {
            if (_analysed.TryGetValue(work, out var known))
            {
                return known;
            }
        }

        var found = await Analysis.RunAsync(work.Diff, new ExpertCatalog([work.Expert]), cancellationToken).ConfigureAwait(false);
        var analysed = work with { Analysis = found.ForExpert(work.Expert, work.Tasks.Select(t => t.File.Path)) };
        lock (_analysed)
        {
            return _analysed.TryAdd(work, analysed) ? analysed : _analysed[work];
        }
    }

    public void Dispose() => Backend.Dispose();
}
