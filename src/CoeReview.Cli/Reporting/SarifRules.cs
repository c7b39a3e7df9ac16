using System.Text.Json.Nodes;
using CoeReview.Analysis.Rules;
using CoeReview.Core.Findings;

namespace CoeReview.Cli.Reporting;

/// <summary>
/// SARIF rule metadata (name, short and full description, help) from what we know about a rule:
/// our RuleDescriptor for COE-* rules, the documentation pages of NetAnalyzers (CA*) and compiler (CS*) ids,
/// and the finding's own message otherwise.
/// </summary>
internal static class SarifRules
{
    private static readonly Dictionary<string, RuleDescriptor> s_ours = CoeRules.All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static JsonObject Describe(Finding f)
    {
        var known = s_ours.GetValueOrDefault(f.RuleId);
        var shortText = known?.Title ?? FirstSentence(f.Message);
        var full = known is null
            ? f.Message
            : $"{known.Title}: CoeReview's {f.Expert} expert reports it as {known.Category}, {known.DefaultSeverity.ToName()} by default.";
        var help = f.Suggestion is null ? full : $"{full} Fix: {f.Suggestion}";
        var rule = new JsonObject
        {
            ["id"] = f.RuleId,
            ["name"] = Name(known?.Category ?? f.Category, f.RuleId),
            ["shortDescription"] = new JsonObject { ["text"] = shortText },
            ["fullDescription"] = new JsonObject { ["text"] = full },
            ["help"] = new JsonObject { ["text"] = help },
            ["defaultConfiguration"] = new JsonObject { ["level"] = (known?.DefaultSeverity ?? f.Severity).ToName() },
            ["properties"] = new JsonObject
            {
                ["expert"] = f.Expert,
                ["category"] = f.Category,

                // One tag per distinct value: expert and category are often the same word ("performance").
                ["tags"] = new JsonArray(new[] { f.Expert, f.Category }.Distinct(StringComparer.Ordinal).Select(t => (JsonNode?)t).ToArray()),
            },
        };
        if (HelpUri(f.RuleId) is { } uri)
        {
            rule["helpUri"] = uri;
        }

        return rule;
    }

    // SARIF's name is an identifier-like word: "sync-over-async" becomes "SyncOverAsync".
    private static string Name(string category, string id)
    {
        var words = category.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        return name.Length == 0 ? id : name;
    }

    private static string? HelpUri(string id) =>
        id.StartsWith("CA", StringComparison.Ordinal) && id.Length == 6
            ? $"https://learn.microsoft.com/dotnet/fundamentals/code-analysis/quality-rules/{id.ToLowerInvariant()}"
            : id.StartsWith("CS", StringComparison.Ordinal) && id.Length == 6
                ? $"https://learn.microsoft.com/dotnet/csharp/misc/{id.ToLowerInvariant()}"
                : null;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
