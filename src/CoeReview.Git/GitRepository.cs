using LibGit2Sharp;

namespace CoeReview.Git;

/// <summary>Opens repositories and resolves refs with messages a user can act on.</summary>
internal static class GitRepository
{
    /// <summary>Opens the repository containing <paramref name="path"/>.</summary>
    public static Repository Open(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new GitInputException($"'{path}' is not a directory");
        }

        // CI containers often check out as another user; libgit2 would refuse ("not owned by current user").
        GlobalSettings.SetOwnerValidation(false);
        var found = Repository.Discover(Path.GetFullPath(path));
        if (found is null)
        {
            throw new GitInputException($"'{path}' is not inside a git repository");
        }

        var repo = new Repository(found);
        if (repo.Info.IsBare)
        {
            repo.Dispose();
            throw new GitInputException($"'{path}' is a bare repository; point --repo at a working tree");
        }

        return repo;
    }

    /// <summary>The commit a revision expression names.</summary>
    public static Commit Resolve(Repository repo, string revision)
    {
        ArgumentNullException.ThrowIfNull(repo);
        GitObject? obj;
        try
        {
            obj = repo.Lookup(revision);
        }
        catch (LibGit2SharpException)
        {
            obj = null;
        }

        return obj?.Peel<Commit>() ?? throw new GitInputException($"unknown ref '{revision}'");
    }

    /// <summary>The working tree's root folder, with a trailing separator removed.</summary>
    public static string Root(Repository repo)
    {
        ArgumentNullException.ThrowIfNull(repo);
        return Path.TrimEndingDirectorySeparator(repo.Info.WorkingDirectory);
    }
}
