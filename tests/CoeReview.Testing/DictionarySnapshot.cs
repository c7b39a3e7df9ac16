using CoeReview.Core.Diff;

namespace CoeReview.Testing;

/// <summary>A reviewed tree held in memory.</summary>
public sealed class DictionarySnapshot(IReadOnlyDictionary<string, string> files) : ISnapshot
{
    public string? ReadText(string path) => files.TryGetValue(path, out var text) ? text : null;

    public IEnumerable<string> ListFiles(string folder) => files.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal));
}
