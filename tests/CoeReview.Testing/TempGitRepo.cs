using System.Diagnostics;

namespace CoeReview.Testing;

/// <summary>A real git repository in a temporary folder, driven by the git command line, deleted on dispose.</summary>
public sealed class TempGitRepo : IDisposable
{
    public TempGitRepo()
    {
        Root = Path.Combine(Path.GetTempPath(), "coe-review-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Git("init -q -b main");
        Git("config user.email test@example.com");
        Git("config user.name Test");
        Git("config core.autocrlf false");
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public TempGitRepo Write(string relative, string content)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    public TempGitRepo WriteBytes(string relative, byte[] content)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    public string Commit(string message = "change")
    {
        Git("add -A");
        Git($"commit -q -m \"{message}\"");
        return Git("rev-parse HEAD").Trim();
    }

    public string Git(string arguments)
    {
        var info = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {arguments} failed: {error}");
        }

        return output;
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
