namespace CoeReview.Remote.Planning;

/// <summary>The run's token budget, shared by every expert's requests; 0 means unlimited.</summary>
internal sealed class RunBudget(long total)
{
    private readonly Lock _gate = new();
    private long _used;

    public long Total { get; } = total;

    public bool TryReserve(long tokens)
    {
        lock (_gate)
        {
            if (Total > 0 && _used + tokens > Total)
            {
                return false;
            }

            _used += tokens;
            return true;
        }
    }

    /// <summary>Admits requests in priority order (expert priority, then risk); what does not fit is refused with the reason.</summary>
    public void Admit(IEnumerable<ExpertPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var ordered = plans
            .SelectMany(plan => plan.Requests.Select((request, index) => (plan, request, index)))
            .OrderByDescending(x => x.request.Endpoint.Priority)
            .ThenByDescending(x => x.request.Risk)
            .ThenBy(x => x.plan.Work.Expert.Id, StringComparer.Ordinal)
            .ThenBy(x => x.index);
        foreach (var (plan, request, _) in ordered)
        {
            if (TryReserve(request.Reservation))
            {
                plan.Admit(request);
            }
            else
            {
                plan.Refuse(request, $"run token budget of {Total} tokens spent on higher-priority hunks (needed {request.Reservation})");
            }
        }
    }
}
