using CoeReview.Core.Diff;
using Microsoft.CodeAnalysis.CSharp;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>
/// Whether a change to some lines is a change of behaviour: the hunks touching them read the same
/// before and after once comments, whitespace and null-forgiving '!' are set aside.
/// </summary>
internal static class BehaviourChange
{
    public static bool Within(DiffFile file, int first, int last) => file.Hunks
        .Where(h => h.AddedLines.Any(l => l >= first && l <= last))
        .Any(h => Tokens(h.Lines.Where(l => l.Kind == DiffLineKind.Deleted)) != Tokens(h.Lines.Where(l => l.Kind == DiffLineKind.Added)));

    private static string Tokens(IEnumerable<DiffLine> lines)
    {
        var tokens = SyntaxFactory.ParseTokens(string.Join('\n', lines.Select(l => l.Text))).Select(t => t.Text).Where(t => t.Length > 0).ToList();
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : "";
            var isSuppression = tokens[i] == "!" && i > 0 && (char.IsLetterOrDigit(tokens[i - 1][^1]) || tokens[i - 1] is ")" or "]" or "_")
                && next is "" or "." or ")" or ";" or "," or "]" or "?" or "}" or "?.";
            if (!isSuppression)
            {
                kept.Add(tokens[i]);
            }
        }

        return string.Join(' ', kept);
    }
}
