using CoeReview.Core.Diff;

namespace CoeReview.Analysis.Tests;

/// <summary>Diffs over the C# projects under TestData/projects.</summary>
internal static class Fixtures
{
    public static string ProjectsRoot => Path.Combine(AppContext.BaseDirectory, "TestData", "projects");

    /// <summary>A diff over a TestData project folder that adds the named files whole.</summary>
    public static DiffSet Added(string project, params string[] files)
    {
        var root = Path.Combine(ProjectsRoot, project);
        return DiffSets.AllAdded(root, new DirectorySnapshot(root), files);
    }

    /// <summary>A diff over in-memory files that adds the named ones whole.</summary>
    public static DiffSet InMemory(IReadOnlyDictionary<string, string> files, params string[] changed) =>
        DiffSets.AllAdded("/repo", new InMemorySnapshot(files), changed);
}
