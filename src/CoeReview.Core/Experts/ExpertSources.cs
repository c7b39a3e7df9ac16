using System.Reflection;

namespace CoeReview.Core.Experts;

/// <summary>
/// Where experts come from: the four built into the tool, then a folder of the user's own
/// (a file with a built-in's id replaces it).
/// </summary>
public static class ExpertSources
{
    private static readonly Lazy<IReadOnlySet<string>> s_builtInIds = new(() =>
        BuiltIn().Select(f => ExpertLoader.Load(f.Name, f.Text).Expert?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal));

    /// <summary>The ids of the experts shipped with the tool (a user's file with one of these ids replaces that expert).</summary>
    public static IReadOnlySet<string> BuiltInIds => s_builtInIds.Value;

    /// <summary>The built-in expert files as (name, text).</summary>
    public static IReadOnlyList<(string Name, string Text)> BuiltIn()
    {
        var assembly = typeof(ExpertSources).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("experts/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n["experts/".Length..], Read(assembly, n)))
            .ToList();
    }

    /// <summary>Loads built-ins plus the *.yml/*.yaml files of a folder (when given and present); errors from every file.</summary>
    public static (ExpertCatalog Catalog, IReadOnlyList<ExpertFileError> Errors) Load(string? userFolder)
    {
        var errors = new List<ExpertFileError>();
        var experts = new Dictionary<string, ExpertDefinition>(StringComparer.Ordinal);
        foreach (var (name, text) in BuiltIn())
        {
            Add(name, text);
        }

        if (userFolder is not null && Directory.Exists(userFolder))
        {
            foreach (var file in Directory.EnumerateFiles(userFolder).Where(IsYaml).Order(StringComparer.Ordinal))
            {
                Add(file, File.ReadAllText(file));
            }
        }

        return (new ExpertCatalog(experts.Values), errors);

        void Add(string name, string text)
        {
            var (expert, problems) = ExpertLoader.Load(name, text);
            errors.AddRange(problems);
            if (expert is not null)
            {
                experts[expert.Id] = expert;
            }
        }
    }

    public static bool IsYaml(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
