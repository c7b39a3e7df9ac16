namespace CoeReview.Core.Experts;

/// <summary>A problem in an expert file, with the 1-based line it is on.</summary>
public sealed record ExpertFileError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
