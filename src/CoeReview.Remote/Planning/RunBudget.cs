using CoeReview.Prompting;
using CoeReview.Remote.Config;

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

    /// <summary>Tokens a request may use at most: its prompt and the output its endpoint lets it produce.</summary>
    public static long Reservation(PlannedRequest request, ExpertEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(endpoint);
        return request.PromptTokens + (long)endpoint.MaxOutputTokens;
    }

    /// <summary>Admits requests in priority order (expert priority, then risk); what does not fit is refused with the reason.</summary>
    public void Admit(IEnumerable<(ExpertPlan Plan, ExpertEndpoint Endpoint)> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var ordered = plans
            .SelectMany(p => p.Plan.Requests.Select((request, index) => (p.Plan, p.Endpoint, request, index)))
            .OrderByDescending(x => x.Endpoint.Priority)
            .ThenByDescending(x => x.request.Risk)
            .ThenBy(x => x.Plan.Work.Expert.Id, StringComparer.Ordinal)
            .ThenBy(x => x.index);
        foreach (var (plan, endpoint, request, _) in ordered)
        {
            var reservation = Reservation(request, endpoint);
            if (TryReserve(reservation))
            {
                plan.Admit(request);
            }
            else
            {
                plan.Refuse(request, $"run token budget of {Total} tokens spent on higher-priority hunks (needed {reservation})");
            }
        }
    }
}
