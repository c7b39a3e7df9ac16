using CoeReview.RduSim.Models;

namespace CoeReview.RduSim.Backend;

/// <summary>One expert's simulated requests in a review: its model shape and (prompt, output) tokens per task.</summary>
internal sealed record ExpertRequests(string ExpertId, ModelShape Model, IReadOnlyList<(int PromptTokens, int OutputTokens)> Requests)
{
    public long PromptTokens => Requests.Sum(r => (long)r.PromptTokens);

    public long OutputTokens => Requests.Sum(r => (long)r.OutputTokens);
}
