namespace CoeReview.Prompting;

/// <summary>A C# member declaration's new-file lines (1-based, inclusive) and its first line as written.</summary>
internal sealed record MemberSpan(int StartLine, int EndLine, string Kind, string Header);
