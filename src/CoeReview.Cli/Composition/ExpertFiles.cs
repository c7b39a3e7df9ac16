using CoeReview.Core.Experts;

namespace CoeReview.Cli.Composition;

/// <summary>
/// Reads a folder of the user's expert files for Core's <see cref="ExpertSources"/>, which only
/// parses text (the built-in experts are embedded resources and need no adapter).
/// </summary>
public static class ExpertFiles
{
    /// <summary>The *.yml/*.yaml files of <paramref name="folder"/> as (path, text) in name order; none when it is null or absent.</summary>
    public static IReadOnlyList<(string Name, string Text)> InFolder(string? folder)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder).Where(ExpertSources.IsYaml).Order(StringComparer.Ordinal)
            .Select(file => (file, File.ReadAllText(file)))
            .ToList();
    }
}
