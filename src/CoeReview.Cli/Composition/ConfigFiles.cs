using CoeReview.Core.Config;

namespace CoeReview.Cli.Composition;

/// <summary>
/// Reads a config file from disk for Core's <see cref="ConfigLoader"/>, which only parses text:
/// Core does no I/O, so the file, its read errors and its folder are this adapter's business.
/// </summary>
internal static class ConfigFiles
{
    /// <summary>The config at <paramref name="path"/>; its folder is what relative paths in it start from.</summary>
    public static ReviewConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"cannot read config '{path}': {e.Message}");
        }

        return ConfigLoader.Parse(text, path) with { Folder = Path.GetDirectoryName(Path.GetFullPath(path)) };
    }
}
