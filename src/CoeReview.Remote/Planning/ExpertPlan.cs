using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Remote.Config;

namespace CoeReview.Remote.Planning;

/// <summary>An expert's requests before sending: which are admitted under the run budget and what will not be sent.</summary>
internal sealed class ExpertPlan(ExpertWork work, ExpertEndpoint endpoint, IReadOnlyList<Finding> analysis, IReadOnlyList<PlannedRequest> requests, IReadOnlyList<UnsentHunk> notSent)
{
    private readonly List<UnsentHunk> _notSent = [.. notSent];
    private readonly List<PlannedRequest> _admitted = [];

    public ExpertWork Work { get; } = work;

    public ExpertEndpoint Endpoint { get; } = endpoint;

    public IReadOnlyList<Finding> Analysis { get; } = analysis;

    public IReadOnlyList<PlannedRequest> Requests { get; } = requests;

    public IReadOnlyList<PlannedRequest> Admitted => _admitted;

    public IReadOnlyList<UnsentHunk> NotSent => _notSent;

    public void Admit(PlannedRequest request) => _admitted.Add(request);

    public void Refuse(PlannedRequest request, string reason)
    {
        ArgumentNullException.ThrowIfNull(request);
        _notSent.AddRange(request.Pieces.Select(p => new UnsentHunk(Work.Expert.Id, p.Path, p.Describe(), reason)));
    }
}
