using System.Xml.Linq;
using CoeReview.Core.Experts;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// MSBuild's item pass: every ItemGroup the property pass reached, in order, evaluated with the final
/// properties (and the defining file's MSBuildThisFile* values); Include values split on ';',
/// Remove taking out what an earlier Include added. Wildcards stay in Include for the caller to match.
/// </summary>
internal sealed class ItemEvaluation(MsBuildExpander expander, MsBuildCondition condition, Func<string> currentFile, Stack<string> fileStack)
{
    private static readonly HashSet<string> s_reserved = new(StringComparer.OrdinalIgnoreCase) { "Include", "Remove", "Update", "Condition", "Exclude", "KeepMetadata", "RemoveMetadata", "KeepDuplicates", "MatchOnMetadata" };

    /// <summary>Remove patterns by item type, for items the SDK adds before the project's own (the default Compile glob).</summary>
    public List<ProjectItem> Removals { get; } = [];

    public IReadOnlyList<ProjectItem> Run(IEnumerable<(XElement Group, string File)> groups)
    {
        var items = new List<ProjectItem>();
        foreach (var (group, file) in groups)
        {
            fileStack.Push(file);
            if (condition.Evaluate(group.Attribute("Condition")?.Value))
            {
                foreach (var element in group.Elements().Where(e => condition.Evaluate(e.Attribute("Condition")?.Value)))
                {
                    Apply(element, items);
                }
            }

            fileStack.Pop();
        }

        return items;
    }

    private void Apply(XElement element, List<ProjectItem> items)
    {
        var type = element.Name.LocalName;
        if (element.Attribute("Remove")?.Value is { } remove)
        {
            var patterns = Split(expander.Expand(remove)).Select(Slash).ToList();
            Removals.AddRange(patterns.Select(p => new ProjectItem(type, p, new Dictionary<string, string>(), currentFile())));
            items.RemoveAll(i => string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase) && patterns.Any(p => Matches(p, Slash(i.Include))));
            return;
        }

        if (element.Attribute("Include")?.Value is not { } include)
        {
            return; // Update changes metadata only, which the review does not need.
        }

        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in element.Attributes().Where(a => !s_reserved.Contains(a.Name.LocalName)))
        {
            metadata[a.Name.LocalName] = expander.Expand(a.Value);
        }

        foreach (var child in element.Elements().Where(c => condition.Evaluate(c.Attribute("Condition")?.Value)))
        {
            metadata[child.Name.LocalName] = expander.Expand(child.Value.Trim());
        }

        if (element.Attribute("Exclude")?.Value is { } exclude)
        {
            metadata["Exclude"] = expander.Expand(exclude);
        }

        foreach (var value in Split(expander.Expand(include)))
        {
            if (!value.StartsWith("@(", StringComparison.Ordinal) && !value.StartsWith("%(", StringComparison.Ordinal))
            {
                items.Add(new ProjectItem(type, value, metadata, currentFile()));
            }
        }
    }

    private static bool Matches(string pattern, string value) =>
        string.Equals(pattern, value, StringComparison.OrdinalIgnoreCase)
        || (pattern.IndexOfAny(['*', '?']) >= 0 && Glob.IsMatch(pattern, value));

    private static string Slash(string s) => s.Replace('\\', '/');

    private static IEnumerable<string> Split(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
