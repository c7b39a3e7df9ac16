using System.Text.RegularExpressions;

namespace CoeReview.Core.Experts;

/// <summary>
/// What expert files may name, as this build of the tool has them: analysis engines, model
/// profiles and rule ids (our rules and the external analyzers' loaded rules). The composition root
/// builds it, since Core knows none of them.
/// </summary>
public sealed partial record ExpertVocabulary(IReadOnlyCollection<string> Analyzers, IReadOnlyCollection<string> Profiles, IReadOnlyCollection<string> Rules)
{
    [GeneratedRegex("^CS[0-9]{4}$")]
    private static partial Regex CompilerId();

    /// <summary>True when a rule glob of an expert matches at least one rule the tool can report.</summary>
    public bool MatchesAnyRule(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);

        // Compiler diagnostics are open-ended (every CS id the compiler has), so any CS id or CS glob counts.
        return CompilerId().IsMatch(glob) || Glob.IsMatch(glob, "CS0001") || Rules.Any(r => Glob.IsMatch(glob, r));
    }
}
