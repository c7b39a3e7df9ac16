namespace CoeReview.Analysis.Projects;

/// <summary>One evaluated MSBuild item: its type, one Include value, its metadata, and the file that defined it.</summary>
internal sealed record ProjectItem(string Type, string Include, IReadOnlyDictionary<string, string> Metadata, string DefiningFile)
{
    public string? Meta(string name) => Metadata.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
}
