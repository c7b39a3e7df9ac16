namespace CoeReview.Core.Pipeline;

/// <summary>How an expert's part of the review ended.</summary>
public enum ExpertStatus
{
    Ok,
    Failed,
    Skipped,
}
