namespace CoeReview.SecuritySuite;

/// <summary>
/// One Juliet test case: the files sharing a base name (_54a.._54e, or _81a, _81_base, _81_bad, ...).
/// Files are absolute paths in the Juliet tree; Variant is the flow variant ("01".."84").
/// </summary>
internal sealed record JulietCase(string Category, string CweFolder, string Name, string Variant, IReadOnlyList<string> Files)
{
    /// <summary>Where a file of the case lives in the generated work folder (one project folder per category), '/'-separated.</summary>
    public string RepoPath(string file) => $"{Category}/testcases/{CweFolder}/{Path.GetFileName(file)}";
}
