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

    /// <summary>
    /// Loads built-ins plus the user's expert files as (name, text), in order, a later id replacing an
    /// earlier one; errors from every file. The CLI's ExpertFiles reads a folder of them.
    /// </summary>
    public static (ExpertCatalog Catalog, IReadOnlyList<ExpertFileError> Errors) Load(IEnumerable<(string Name, string Text)>? userFiles)
    {
        var errors = new List<ExpertFileError>();
        var experts = new Dictionary<string, ExpertDefinition>(StringComparer.Ordinal);
        foreach (var (name, text) in BuiltIn())
        {
            Add(name, text);
        }

        foreach (var (name, text) in userFiles ?? [])
        {
            Add(name, text);
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
