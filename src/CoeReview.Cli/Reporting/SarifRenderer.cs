using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 with one run, a rule per ruleId and partialFingerprints, as GitHub code scanning
/// accepts it (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
/// </summary>
internal sealed class SarifRenderer : IReviewRenderer
{
    /// <summary>Code scanning shows at most 25,000 results per run.</summary>
    public const int MaxResults = 25_000;

    public string Format => "sarif";

    public void Render(Review review, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(ToSarif(review).ToJsonString(JsonWeb.Report));
    }

    public static JsonObject ToSarif(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var findings = review.Findings.Take(MaxResults).ToList();
        var rules = findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var index = rules.Select((r, i) => (r.RuleId, i)).ToDictionary(x => x.RuleId, x => x.i, StringComparer.Ordinal);
        var run = new JsonObject
        {
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = ToolInfo.Name,
                    ["version"] = ToolInfo.Version,
                    ["informationUri"] = ToolInfo.InformationUri,
                    ["rules"] = new JsonArray(rules.Select(SarifRules.Describe).ToArray<JsonNode?>()),
                },
            },
            ["results"] = new JsonArray(findings.Select(f => Result(f, index[f.RuleId])).ToArray<JsonNode?>()),
        };
        SarifAccounting.Add(run, review, MaxResults);
        return new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
    }

    private static JsonObject Result(Finding f, int ruleIndex)
    {
        var result = ResultWithoutFlow(f, ruleIndex);
        if (f.Flow.Count > 0)
        {
            result["codeFlows"] = new JsonArray(new JsonObject
            {
                ["threadFlows"] = new JsonArray(new JsonObject
                {
                    ["locations"] = new JsonArray(f.Flow.Select(step => (JsonNode?)new JsonObject
                    {
                        ["location"] = new JsonObject
                        {
                            ["physicalLocation"] = new JsonObject
                            {
                                ["artifactLocation"] = new JsonObject { ["uri"] = step.Path, ["uriBaseId"] = "%SRCROOT%" },
                                ["region"] = new JsonObject { ["startLine"] = step.Line },
                            },
                            ["message"] = new JsonObject { ["text"] = step.Message },
                        },
                    }).ToArray()),
                }),
            });
        }

        return result;
    }

    private static JsonObject ResultWithoutFlow(Finding f, int ruleIndex)
    {
        var text = f.Suggestion is null ? f.Message : $"{f.Message} Suggestion: {f.Suggestion}";
        return new JsonObject
        {
            ["ruleId"] = f.RuleId,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(f.Severity),
            ["message"] = new JsonObject { ["text"] = text },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = f.Path, ["uriBaseId"] = "%SRCROOT%" },
                    ["region"] = new JsonObject
                    {
                        ["startLine"] = f.Line,
                        ["endLine"] = Math.Max(f.Line, f.EndLine),
                        ["startColumn"] = Math.Max(1, f.Column),
                    },
                },
            }),
            ["partialFingerprints"] = new JsonObject { ["coeReviewFingerprint/v1"] = f.Fingerprint },
            ["properties"] = new JsonObject
            {
                ["expert"] = f.Expert,
                ["confidence"] = f.Confidence,
                ["sources"] = new JsonArray(f.Sources.Select(s => (JsonNode?)s).ToArray()),
                ["inDiff"] = f.InDiff,
                ["ruleIds"] = new JsonArray(f.AlsoRuleIds.Prepend(f.RuleId).Select(id => (JsonNode?)id).ToArray()),
            },
        };
    }

    private static string Level(Severity s) => s.ToName();
}
