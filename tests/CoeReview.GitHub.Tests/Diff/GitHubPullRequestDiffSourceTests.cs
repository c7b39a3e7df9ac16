using CoeReview.Core.Diff;
using CoeReview.GitHub.Diff;
using CoeReview.GitHub.Tests.StandIn;
using CoeReview.GitHub.Tests.Support;

namespace CoeReview.GitHub.Tests.Diff;

public sealed class GitHubPullRequestDiffSourceTests
{
    [Fact]
    public async Task Patches_become_hunks_with_new_file_line_numbers()
    {
        // Given a modified, an added, a renamed and a removed file
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("src/A.cs", "modified", "@@ -3,3 +3,4 @@ class A\n a\n-b\n+B\n+C\n c"));
        s.Pull.Files.Add(new FakePrFile("src/New.cs", "added", "@@ -0,0 +1,2 @@\n+x\n+y"));
        s.Pull.Files.Add(new FakePrFile("src/Moved.cs", "renamed", null, "src/Old.cs"));
        s.Pull.Files.Add(new FakePrFile("src/Gone.cs", "removed", "@@ -1,2 +0,0 @@\n-p\n-q"));
        s.Server.HeadFiles["src/New.cs"] = "x\ny\n";

        // When the diff is read
        var diff = await new GitHubPullRequestDiffSource(s.Api, "/repo").GetDiffAsync(CancellationToken.None);

        // Then hunks, kinds and new-file lines match what GitHub sent
        Assert.Equal((s.Pull.BaseSha, s.Pull.HeadSha), (diff.Base, diff.Head));
        var a = diff.Find("src/A.cs")!;
        Assert.Equal([4, 5], a.AddedLines.Order());
        Assert.Equal(FileChangeKind.Added, diff.Find("src/New.cs")!.Kind);
        var moved = diff.Find("src/Moved.cs")!;
        Assert.Equal((FileChangeKind.Renamed, "src/Old.cs", 0), (moved.Kind, moved.OldPath, moved.Hunks.Count));
        Assert.Equal(FileChangeKind.Deleted, diff.Find("src/Gone.cs")!.Kind);
        Assert.Equal("x\ny\n", diff.Snapshot.ReadText("src/New.cs"));
        Assert.Empty(diff.Skipped);
    }

    [Fact]
    public async Task Files_without_a_patch_and_files_past_the_3000_limit_are_listed_as_skipped()
    {
        // Given 3001 changed files, one of them too large for GitHub to send a patch
        using var s = new StandInSession();
        s.Pull.Files.Add(new FakePrFile("big/Generated.cs", "modified", null, Changes: 40_000));
        for (var i = 0; i < 3000; i++)
        {
            s.Pull.Files.Add(new FakePrFile($"src/F{i}.cs", "modified", Patches.Added(1, 1)));
        }

        var diff = await new GitHubPullRequestDiffSource(s.Api, "/repo").GetDiffAsync(CancellationToken.None);

        // Then 2999 files are reviewed and both gaps are reported with reasons
        Assert.Equal(2999, diff.Files.Count);
        Assert.Contains(diff.Skipped, k => k.Path == "big/Generated.cs" && k.Reason.Contains("no patch", StringComparison.Ordinal));
        Assert.Contains(diff.Skipped, k => k.Reason.Contains("at most 3000", StringComparison.Ordinal) && k.Reason.StartsWith("1 more", StringComparison.Ordinal));
        Assert.Equal(30, s.Server.Requests.Count(r => r.Path.EndsWith("/files", StringComparison.Ordinal)));
    }
}
