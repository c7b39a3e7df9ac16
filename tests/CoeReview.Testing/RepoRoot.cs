namespace CoeReview.Testing;

/// <summary>The repository this test run was built from (the folder holding CoeReview.sln).</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CoeReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CoeReview.sln not found above " + AppContext.BaseDirectory);
    }
}
