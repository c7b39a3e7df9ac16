using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Prompting;

/// <summary>An expert's requests before sending: which are admitted (a sender's run budget may refuse some) and what will not be sent.</summary>
public sealed class ExpertPlan(ExpertWork work, IReadOnlyList<Finding> analysis, IReadOnlyList<PlannedRequest> requests, IReadOnlyList<UnsentHunk> notSent)
{
    private readonly List<UnsentHunk> _notSent = [.. notSent];
    private readonly List<PlannedRequest> _admitted = [];

    public ExpertWork Work { get; } = work;

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
