namespace CoeReview.GitHub.Api;

/// <summary>A check-run annotation: level is notice, warning or failure.</summary>
public sealed record CheckAnnotation(string Path, int StartLine, int EndLine, string Level, string Message, string Title);
