namespace CoeReview.Core.Pipeline;

/// <summary>How many of an expert's findings the report does not show, and why ("outside the added lines").</summary>
public sealed record LeftOut(string Expert, string Reason, int Count)
{
    /// <summary>Model findings the reply check did not publish (see <see cref="ExpertResult.Rejected"/>).</summary>
    public const string RejectedReason = "rejected from the model's reply (off the reviewed lines, unknown path or malformed)";
}
