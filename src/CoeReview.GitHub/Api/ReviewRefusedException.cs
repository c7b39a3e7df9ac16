namespace CoeReview.GitHub.Api;

/// <summary>GitHub refused a review with 422 (typically a comment on a line outside the diff).</summary>
internal sealed class ReviewRefusedException : Exception
{
    public ReviewRefusedException()
    {
    }

    public ReviewRefusedException(string message)
        : base(message)
    {
    }

    public ReviewRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
