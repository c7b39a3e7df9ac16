namespace CoeReview.Core.Diff;

/// <summary>One changed file: its path in the new tree (old path for a deleted file), how it changed and its hunks.</summary>
public sealed record DiffFile(string Path, string? OldPath, FileChangeKind Kind, bool IsBinary, IReadOnlyList<DiffHunk> Hunks)
{
    /// <summary>Every new-file line the diff added.</summary>
    public IReadOnlySet<int> AddedLines { get; } = Hunks.SelectMany(h => h.AddedLines).ToHashSet();

    /// <summary>The file's extension in lower case, with the dot ("" when none).</summary>
    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    /// <summary>True when the new-file line falls inside one of the hunks (context lines included).</summary>
    public bool InHunks(int line) => Hunks.Any(h => h.ContainsNewLine(line));
}
