using CoeReview.Git.Hooks;
using CoeReview.Testing;

namespace CoeReview.Git.Tests.Hooks;

public sealed class PrePushRangeResolverTests : IDisposable
{
    private const string Zero = "0000000000000000000000000000000000000000";
    private readonly GitSandbox _git = new();

    public void Dispose() => _git.Dispose();

    /// <summary>A clone of a bare remote, with main pushed and fetched (so origin/main exists).</summary>
    private (string Work, string MainSha) Cloned()
    {
        var seed = _git.NewRepo("seed");
        var bare = _git.PathOf("remote.git");
        _git.Git(_git.Root, $"clone -q --bare \"{seed}\" \"{bare}\"");
        _git.Git(_git.Root, $"clone -q \"{bare}\" work");
        var work = _git.PathOf("work");
        return (work, _git.Head(work));
    }

    [Fact]
    public void A_new_branch_sends_only_the_commits_not_on_the_remote()
    {
        // Given a branch with two commits on top of origin/main
        var (work, main) = Cloned();
        _git.Git(work, "checkout -q -b feature");
        _git.Commit(work, "a.cs", "class A {}\n", "one");
        var head = _git.Commit(work, "b.cs", "class B {}\n", "two");

        // When git announces a push of the new branch
        var ranges = new PrePushRangeResolver(work).Resolve("origin", "/x", [$"refs/heads/feature {head} refs/heads/feature {Zero}"]);

        // Then the range starts at origin/main and holds two commits
        var r = Assert.Single(ranges);
        Assert.Equal((main, head, 2), (r.BaseSha, r.HeadSha, r.Commits));
    }

    [Fact]
    public void An_existing_branch_sends_remote_sha_to_local_sha()
    {
        var (work, main) = Cloned();
        var head = _git.Commit(work, "a.cs", "class A {}\n", "one");

        var ranges = new PrePushRangeResolver(work).Resolve("origin", null, [$"refs/heads/main {head} refs/heads/main {main}"]);

        var r = Assert.Single(ranges);
        Assert.Equal((main, head, 1), (r.BaseSha, r.HeadSha, r.Commits));
    }

    [Fact]
    public void Deleted_refs_blank_lines_and_up_to_date_refs_are_skipped()
    {
        var (work, main) = Cloned();

        var ranges = new PrePushRangeResolver(work).Resolve("origin", null,
            ["", $"(delete) {Zero} refs/heads/old {main}", $"refs/heads/main {main} refs/heads/main {main}"]);

        Assert.Empty(ranges);
    }

    [Fact]
    public void A_first_push_to_a_remote_without_tracking_refs_reviews_from_the_root()
    {
        var work = _git.NewRepo();
        var head = _git.Commit(work, "a.cs", "class A {}\n", "one");

        var ranges = new PrePushRangeResolver(work).Resolve("/some/url.git", "/some/url.git", [$"refs/heads/main {head} refs/heads/main {Zero}"]);

        var r = Assert.Single(ranges);
        Assert.Equal((null, head, 2), (r.BaseSha, r.HeadSha, r.Commits));
    }

    [Fact]
    public void A_remote_commit_unknown_locally_falls_back_to_the_remote_tracking_refs()
    {
        var (work, main) = Cloned();
        var head = _git.Commit(work, "a.cs", "class A {}\n", "one");

        var ranges = new PrePushRangeResolver(work).Resolve("origin", null, [$"refs/heads/main {head} refs/heads/main {new string('a', 40)}"]);

        Assert.Equal(main, Assert.Single(ranges).BaseSha);
    }
}
