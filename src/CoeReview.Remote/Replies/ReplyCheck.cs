using CoeReview.Core.Findings;

namespace CoeReview.Remote.Replies;

/// <summary>What a model's reply yielded: findings that point into the request's lines, how many were refused, or why the reply is unusable.</summary>
internal sealed record ReplyCheck(IReadOnlyList<Finding> Findings, int Rejected, string? Problem)
{
    public bool Usable => Problem is null;

    public static ReplyCheck Unusable(string problem) => new([], 0, problem);
}
