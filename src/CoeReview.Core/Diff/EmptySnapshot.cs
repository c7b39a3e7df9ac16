namespace CoeReview.Core.Diff;

/// <summary>A snapshot with no files: a diff reviewed on its own.</summary>
public sealed class EmptySnapshot : ISnapshot
{
    public static EmptySnapshot Instance { get; } = new();

    public string? ReadText(string path) => null;

    public IEnumerable<string> ListFiles(string folder) => [];
}
