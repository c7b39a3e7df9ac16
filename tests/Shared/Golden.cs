using System.Runtime.CompilerServices;

namespace CoeReview.Tests.Shared;

/// <summary>
/// Compares output with a golden file kept beside the tests. Set COE_REVIEW_UPDATE_GOLDEN=1 to
/// rewrite the golden files on purpose; they are never rewritten silently.
/// </summary>
internal static class Golden
{
    public static void Verify(string actual, string relativePath, [CallerFilePath] string caller = "")
    {
        var projectDir = FindProjectDir(Path.GetDirectoryName(caller)!);
        var path = Path.Combine(projectDir, relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("COE_REVIEW_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {relativePath} is missing; run with COE_REVIEW_UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    private static string FindProjectDir(string dir)
    {
        var current = new DirectoryInfo(dir);
        while (current is not null && current.GetFiles("*.csproj").Length == 0)
        {
            current = current.Parent;
        }

        return current?.FullName ?? dir;
    }
}
