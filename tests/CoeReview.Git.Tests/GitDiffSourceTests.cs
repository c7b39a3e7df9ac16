using CoeReview.Core.Diff;
using CoeReview.Git;
using CoeReview.Testing;

namespace CoeReview.Git.Tests;

public sealed class GitDiffSourceTests
{
    [Fact]
    public async Task Worktree_source_sees_staged_unstaged_and_untracked_changes_against_HEAD()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A\n{\n}\n").Write("b.cs", "class B {}\n").Commit();
        repo.Write("a.cs", "class A\n{\n    int x;\n}\n");
        repo.Write("b.cs", "class B { int y; }\n");
        repo.Git("add b.cs");
        repo.Write("new/c.cs", "class C {}\n");

        var diff = await new WorkTreeDiffSource(repo.Root, stagedOnly: false).GetDiffAsync(CancellationToken.None);

        Assert.Equal(["a.cs", "b.cs", "new/c.cs"], diff.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(DiffSet.WorkTree, diff.Head);
        Assert.Equal(FileChangeKind.Added, diff.Find("new/c.cs")!.Kind);
        Assert.Equal([3], diff.Find("a.cs")!.AddedLines);
        Assert.Equal("class C {}\n", diff.Snapshot.ReadText("new/c.cs"));
    }

    [Fact]
    public async Task Staged_source_sees_only_the_index_and_reads_staged_content()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Write("b.cs", "class B {}\n").Commit();
        repo.Write("b.cs", "class B { int staged; }\n");
        repo.Git("add b.cs");
        repo.Write("b.cs", "class B { int unstaged; }\n");
        repo.Write("a.cs", "class A { int notStaged; }\n");

        var diff = await new WorkTreeDiffSource(repo.Root, stagedOnly: true).GetDiffAsync(CancellationToken.None);

        Assert.Equal(["b.cs"], diff.Files.Select(f => f.Path));
        Assert.Equal("class B { int staged; }\n", diff.Snapshot.ReadText("b.cs"));
    }

    [Fact]
    public async Task Worktree_source_works_in_a_repository_without_commits()
    {
        using var repo = new TempGitRepo();
        repo.Write("first.cs", "class First {}\n");

        var diff = await new WorkTreeDiffSource(repo.Root, stagedOnly: false).GetDiffAsync(CancellationToken.None);

        Assert.Equal("", diff.Base);
        Assert.Equal(["first.cs"], diff.Files.Select(f => f.Path));
    }

    [Fact]
    public async Task Range_source_reviews_from_the_merge_base_not_from_the_moved_base_branch()
    {
        // Given a feature branch off main, and main moving on afterwards
        using var repo = new TempGitRepo();
        repo.Write("shared.cs", "class S {}\n").Commit("base");
        repo.Git("checkout -q -b feature");
        repo.Write("feature.cs", "class F {}\n");
        var head = repo.Commit("feature");
        repo.Git("checkout -q main");
        repo.Write("main-only.cs", "class M {}\n").Commit("main moves");
        repo.Git("checkout -q feature");

        // When the branch is reviewed against main
        var diff = await new RangeDiffSource(repo.Root, "main", "HEAD", mergeBase: true).GetDiffAsync(CancellationToken.None);

        // Then only the feature's change is in it, read from the head commit
        Assert.Equal(["feature.cs"], diff.Files.Select(f => f.Path));
        Assert.Equal(head, diff.Head);
        Assert.Equal("class F {}\n", diff.Snapshot.ReadText("feature.cs"));
        Assert.Contains("shared.cs", diff.Snapshot.ListFiles(""));
    }

    [Fact]
    public async Task Range_source_detects_renames_and_deletions()
    {
        using var repo = new TempGitRepo();
        repo.Write("old.cs", string.Join("\n", Enumerable.Range(0, 30).Select(i => $"// line {i}")) + "\n").Write("gone.cs", "class G {}\n");
        var first = repo.Commit();
        repo.Git("mv old.cs renamed.cs");
        repo.Git("rm -q gone.cs");
        repo.Commit();

        var diff = await new RangeDiffSource(repo.Root, first, "HEAD", mergeBase: false).GetDiffAsync(CancellationToken.None);

        var renamed = diff.Find("renamed.cs")!;
        Assert.Equal(FileChangeKind.Renamed, renamed.Kind);
        Assert.Equal("old.cs", renamed.OldPath);
        Assert.Equal(FileChangeKind.Deleted, diff.Find("gone.cs")!.Kind);
    }

    [Fact]
    public async Task Binary_large_and_non_utf8_files_are_skipped_with_a_reason()
    {
        using var repo = new TempGitRepo();
        repo.Write("keep.cs", "class K {}\n").Commit();
        repo.WriteBytes("image.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2, 3]);
        repo.Write("huge.cs", new string('a', 1_100_000) + "\n");
        repo.WriteBytes("latin1.cs", [0x2F, 0x2F, 0x20, 0xE9, 0x74, 0xE9, 0x0A]);
        repo.Write("keep.cs", "class K { int k; }\n");

        var diff = await new WorkTreeDiffSource(repo.Root, stagedOnly: false).GetDiffAsync(CancellationToken.None);

        Assert.Equal(["keep.cs"], diff.Files.Select(f => f.Path));
        Assert.Equal("binary", diff.Skipped.Single(s => s.Path == "image.png").Reason);
        Assert.Equal("larger than 1 MB", diff.Skipped.Single(s => s.Path == "huge.cs").Reason);
        Assert.Equal("not UTF-8 text", diff.Skipped.Single(s => s.Path == "latin1.cs").Reason);
    }

    [Fact]
    public async Task Unknown_refs_and_folders_outside_git_are_input_errors()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A {}\n").Commit();
        var outside = Directory.CreateTempSubdirectory().FullName;

        var unknown = await Assert.ThrowsAsync<GitInputException>(() => new RangeDiffSource(repo.Root, "no-such-branch", "HEAD", true).GetDiffAsync(CancellationToken.None));
        var notRepo = await Assert.ThrowsAsync<GitInputException>(() => new WorkTreeDiffSource(outside, false).GetDiffAsync(CancellationToken.None));

        Assert.Equal("unknown ref 'no-such-branch'", unknown.Message);
        Assert.Contains("not inside a git repository", notRepo.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_file_source_reviews_a_diff_against_the_files_of_the_folder()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.cs", "class A\n{\n    int x;\n}\n");
        var text = "diff --git a/a.cs b/a.cs\n--- a/a.cs\n+++ b/a.cs\n@@ -1,3 +1,4 @@\n class A\n {\n+    int x;\n }\n";

        var diff = await new DiffFileSource(text, repo.Root).GetDiffAsync(CancellationToken.None);

        Assert.Equal([3], diff.Files.Single().AddedLines);
        Assert.Contains("int x;", diff.Snapshot.ReadText("a.cs"), StringComparison.Ordinal);
    }
}
