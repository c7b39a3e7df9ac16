namespace CoeReview.Core.Diff;

/// <summary>A hunk as git prints it: <c>@@ -OldStart,OldCount +NewStart,NewCount @@ Section</c>.</summary>
public sealed record DiffHunk(int OldStart, int OldCount, int NewStart, int NewCount, string Section, IReadOnlyList<DiffLine> Lines)
{
    /// <summary>The header without the section text, as the JSON report shows it.</summary>
    public string Header => $"@@ -{OldStart},{OldCount} +{NewStart},{NewCount} @@";

    /// <summary>New-file lines this hunk added.</summary>
    public IEnumerable<int> AddedLines => Lines.Where(l => l.Kind == DiffLineKind.Added).Select(l => l.NewLine!.Value);

    /// <summary>Last new-file line the hunk covers (context included).</summary>
    public int NewEnd => NewCount == 0 ? NewStart : NewStart + NewCount - 1;

    /// <summary>True when the new-file line lies inside the hunk's new-side range.</summary>
    public bool ContainsNewLine(int line) => NewCount > 0 && line >= NewStart && line <= NewEnd;
}
