using CoeReview.Core.Diff;

namespace CoeReview.Analysis;

/// <summary>A snapshot held in memory: path → text. For tests, benchmarks and corpora.</summary>
internal sealed class InMemorySnapshot(IReadOnlyDictionary<string, string> files) : ISnapshot
{
    private readonly IReadOnlyDictionary<string, string> _files = files ?? throw new ArgumentNullException(nameof(files));

    public string? ReadText(string path) => _files.TryGetValue(path, out var text) ? text : null;

    public IEnumerable<string> ListFiles(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        return _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }
}
