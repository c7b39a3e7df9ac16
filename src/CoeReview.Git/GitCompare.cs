using LibGit2Sharp;

namespace CoeReview.Git;

/// <summary>The diff options every git source uses: 3 context lines as git prints, renames detected.</summary>
internal static class GitCompare
{
    public static CompareOptions Options() => new()
    {
        ContextLines = 3,
        Similarity = SimilarityOptions.Renames,
        IncludeUnmodified = false,
    };
}
