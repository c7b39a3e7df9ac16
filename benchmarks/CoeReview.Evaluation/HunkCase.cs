namespace CoeReview.Evaluation;

/// <summary>
/// What a template produces: a file path, the enclosing member's signature, removed and added
/// lines, the experts that should see them, and the experts whose analysis always fires on the
/// first added line (compiler errors: the compiler cannot miss them).
/// </summary>
internal sealed record HunkCase(string Path, string Member, IReadOnlyList<string> Removed, IReadOnlyList<string> Added, string[] Experts, string[] Hits)
{
    public static HunkCase Of(string path, string member, string[] experts, params string[] added) => new(path, member, [], added, experts, []);
}
