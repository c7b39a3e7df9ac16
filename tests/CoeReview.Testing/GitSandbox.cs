using System.Diagnostics;

namespace CoeReview.Testing;

/// <summary>A temporary folder with real git repositories, driven by the git command line.</summary>
public sealed class GitSandbox : IDisposable
{
    public GitSandbox()
    {
        Root = Directory.CreateTempSubdirectory("coe-git-").FullName;
    }

    public string Root { get; }

    public string PathOf(string name) => System.IO.Path.Combine(Root, name);

    /// <summary>Runs git in a folder; throws with its output when it fails unless allowFailure.</summary>
    public (int Code, string Out, string Err) Git(string dir, string args, string? stdin = null, bool allowFailure = false, IDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo("git", args) { WorkingDirectory = dir };
        psi.Environment["GIT_AUTHOR_NAME"] = "Test";
        psi.Environment["GIT_AUTHOR_EMAIL"] = "test@example.com";
        psi.Environment["GIT_COMMITTER_NAME"] = "Test";
        psi.Environment["GIT_COMMITTER_EMAIL"] = "test@example.com";
        psi.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        var (code, stdout, stderr) = TestProcess.Run(psi, env, stdin);
        if (code != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"git {args} failed ({code}): {stderr}");
        }

        return (code, stdout.Trim(), stderr);
    }

    /// <summary>A new repository with one commit on main.</summary>
    public string NewRepo(string name = "work")
    {
        var dir = PathOf(name);
        Directory.CreateDirectory(dir);
        Git(dir, "init -q -b main");
        Commit(dir, "README.md", "hello\n", "initial");
        return dir;
    }

    public string Commit(string dir, string file, string content, string message)
    {
        var full = System.IO.Path.Combine(dir, file);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        Git(dir, $"add -- \"{file}\"");
        Git(dir, $"commit -q -m \"{message}\"");
        return Git(dir, "rev-parse HEAD").Out;
    }

    public string Head(string dir) => Git(dir, "rev-parse HEAD").Out;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
