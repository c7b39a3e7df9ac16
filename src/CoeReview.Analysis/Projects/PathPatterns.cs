using CoeReview.Core.Experts;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// Repo-relative Compile Include/Remove patterns, matched fast: a legacy project lists hundreds of
/// literal paths, which are looked up in a set; only patterns with wildcards are matched as globs.
/// </summary>
public sealed class PathPatterns
{
    private readonly HashSet<string> _literal;
    private readonly string[] _wildcards;

    public PathPatterns(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var all = patterns.ToList();
        Count = all.Count;
        _literal = all.Where(p => p.IndexOfAny(['*', '?']) < 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _wildcards = all.Where(p => p.IndexOfAny(['*', '?']) >= 0).ToArray();
    }

    public static PathPatterns None { get; } = new([]);

    public int Count { get; }

    public bool Matches(string path) => _literal.Contains(path) || _wildcards.Any(w => Glob.IsMatch(w, path));
}
