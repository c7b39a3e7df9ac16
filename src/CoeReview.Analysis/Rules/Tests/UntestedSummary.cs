using CoeReview.Core.Diff;
using CoeReview.Core.Findings;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>
/// "Changed but untested" as one note per review, on the first changed member, naming the members:
/// a pull request without tests gets one sentence, not a note per file. Only for repositories that
/// have tests at all; a repository without any would get the same note on every change.
/// </summary>
internal static class UntestedSummary
{
    /// <param name="findings">The review's findings, the rule's per-file notes among them.</param>
    /// <param name="diff">The change.</param>
    /// <param name="byName">True when some changed tests did not bind and were matched by name: the note says so, since a name is weaker evidence than a call.</param>
    public static IEnumerable<Finding> Fold(IReadOnlyList<Finding> findings, DiffSet diff, bool byName = false)
    {
        var untested = findings.Where(f => f.RuleId == CoeRules.UntestedChange.Id).OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();
        var rest = findings.Where(f => f.RuleId != CoeRules.UntestedChange.Id);
        if (untested.Count == 0 || !HasTests(diff))
        {
            return rest;
        }

        var members = untested.SelectMany(f => f.Message.Split(", ", StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToList();
        var files = untested.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count();
        var listed = members.Count <= 5 ? string.Join(", ", members) : string.Join(", ", members.Take(5)) + $" and {members.Count - 5} more";
        var where = files == 1 ? "" : $" in {files} files";
        var message = members.Count == 1
            ? $"{listed} changed but no test in this change calls it, so the new behaviour is unverified."
            : $"{members.Count} changed members{where} have no test in this change ({listed}), so the new behaviour is unverified.";
        if (byName)
        {
            message += " Some of the changed tests did not compile here, so they were matched by name.";
        }

        return rest.Append(untested[0] with { Message = message });
    }

    private static bool HasTests(DiffSet diff) =>
        diff.Files.Any(f => TestFiles.IsTestPath(f.Path))
        || diff.Snapshot.ListFiles("").Any(p => (p.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)) && TestFiles.IsTestPath(p)
            || p.EndsWith("Tests.csproj", StringComparison.OrdinalIgnoreCase) || p.EndsWith("Test.csproj", StringComparison.OrdinalIgnoreCase));
}
