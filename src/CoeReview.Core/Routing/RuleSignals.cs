using CoeReview.Core.Diff;
using CoeReview.Core.Experts;

namespace CoeReview.Core.Routing;

/// <summary>
/// The rule signals of one expert on one hunk: exclusion, "always", language, path glob and
/// keywords in the changed lines. <see cref="RuleRouter"/> routes on them alone; other routers
/// combine them with their own evidence.
/// </summary>
public sealed record RuleSignals(bool Excluded, bool Always, string? Language, string? PathGlob, IReadOnlyList<string> Keywords)
{
    /// <summary>True when any signal matched and no exclusion applies.</summary>
    public bool Any => !Excluded && (Always || Language is not null || PathGlob is not null || Keywords.Count > 0);

    /// <summary>The rule router's score: each matching signal adds to it, capped at 1.</summary>
    public double Score
    {
        get
        {
            if (Excluded)
            {
                return 0;
            }

            var score = (Always ? 0.5 : 0) + (Language is null ? 0 : 0.4) + (PathGlob is null ? 0 : 0.3);
            score += Keywords.Count > 0 ? 0.3 + (0.1 * (Keywords.Count - 1)) : 0;
            return Math.Round(Math.Min(1.0, score), 2);
        }
    }

    /// <summary>The matched signals in words, e.g. "language csharp; keywords Sql".</summary>
    public string Describe()
    {
        var why = new List<string>();
        if (Always)
        {
            why.Add("always");
        }

        if (Language is not null)
        {
            why.Add("language " + Language);
        }

        if (PathGlob is not null)
        {
            why.Add("path matches " + PathGlob);
        }

        if (Keywords.Count > 0)
        {
            why.Add("keywords " + string.Join(", ", Keywords));
        }

        return string.Join("; ", why);
    }

    /// <summary>The changed (added or removed) lines of a hunk, which keywords are matched against.</summary>
    public static string ChangedText(DiffHunk hunk)
    {
        ArgumentNullException.ThrowIfNull(hunk);
        return string.Join('\n', hunk.Lines.Where(l => l.Kind != DiffLineKind.Context).Select(l => l.Text));
    }

    /// <summary>Matches one expert's routing signals against a hunk (changed text as from <see cref="ChangedText"/>).</summary>
    public static RuleSignals Of(string path, string changed, ExpertDefinition expert)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(expert);
        var routing = expert.Routing;
        if (routing.ExcludePaths.Any(g => Glob.IsMatch(g, path)))
        {
            return new RuleSignals(true, false, null, null, []);
        }

        var language = LanguageMap.Of(path);
        var languageMatch = routing.Languages.Contains(language, StringComparer.Ordinal) || routing.Languages.Contains("any", StringComparer.Ordinal);
        var glob = routing.Paths.FirstOrDefault(g => Glob.IsMatch(g, path));
        var keywords = routing.Keywords.Where(k => KeywordMatch.In(changed, k)).Take(3).ToList();
        return new RuleSignals(false, routing.Always, languageMatch ? language : null, glob, keywords);
    }
}
