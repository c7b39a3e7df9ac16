using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace CoeReview.Cli.Server;

/// <summary>
/// Where the review server of this build of the tool listens: a Unix socket in a folder only the user
/// can open. The name hashes the build (its module version id), the program and the environment that
/// decides what a review sees (package folders, the SDK, the cache), so a rebuilt tool or another
/// setup never talks to a server that would review differently.
/// </summary>
internal static class ServerEndpoint
{
    private static readonly string[] s_setup = ["NUGET_PACKAGES", "DOTNET_ROOT", "XDG_CACHE_HOME", "HOME", "COE_REVIEW_CONFIG"];

    public static string SocketPath(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var identity = new StringBuilder()
            .Append(typeof(ServerEndpoint).Assembly.ManifestModule.ModuleVersionId).Append('|')
            .Append(Environment.ProcessPath).Append('|')
            .Append(Assembly.GetEntryAssembly()?.Location);
        foreach (var name in s_setup)
        {
            identity.Append('|').Append(name).Append('=').Append(environment(name));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToString())))[..16];
        return Path.Combine(Folder(environment), hash + ".sock");
    }

    private static string Folder(Func<string, string?> environment)
    {
        var runtime = environment("XDG_RUNTIME_DIR");
        return !string.IsNullOrWhiteSpace(runtime) && Directory.Exists(runtime)
            ? Path.Combine(runtime, "coe-review")
            : Path.Combine(Path.GetTempPath(), "coe-review-" + Environment.UserName);
    }

    /// <summary>
    /// Creates the socket's folder readable by the user alone. A folder that exists keeps its mode, except
    /// the tool's own, which is made the user's alone again.
    /// </summary>
    public static void PrepareFolder(string socketPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(socketPath))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        const UnixFileMode userOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, userOnly);
        }
        else if (Path.GetFileName(folder).StartsWith("coe-review", StringComparison.Ordinal))
        {
            File.SetUnixFileMode(folder, userOnly);
        }
    }
}
