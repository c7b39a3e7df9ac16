using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Reporting;

/// <summary>The JSON report, schemaVersion 1, exactly as docs/contract.md lays it out (plus documented additive fields).</summary>
internal sealed class JsonRenderer : IReviewRenderer
{
    public string Format => "json";

    public void Render(Review review, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(ToJson(review).ToJsonString(JsonWeb.Report));
    }

    public static JsonObject ToJson(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var estimated = ModelEstimates.NoModelRan(review);
        var report = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["tool"] = new JsonObject { ["name"] = ToolInfo.Name, ["version"] = ToolInfo.Version },
            ["repo"] = review.Repo,
            ["base"] = review.Base,
            ["head"] = review.Head,
            ["backend"] = review.Backend,
            ["findings"] = new JsonArray(review.Findings.Select(Finding).ToArray<JsonNode?>()),
            ["experts"] = new JsonArray(review.Experts.Select(e => Expert(e, estimated)).ToArray<JsonNode?>()),
            ["routing"] = new JsonArray(review.Routing.Decisions.Select(d => (JsonNode?)new JsonObject
            {
                ["path"] = d.Path,
                ["hunk"] = d.Hunk,
                ["experts"] = new JsonArray(d.Experts.Select(e => (JsonNode?)e).ToArray()),
                ["scores"] = new JsonObject(d.Scores.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))),
                ["fallback"] = d.Fallback,
            }).ToArray()),
            ["coverage"] = new JsonObject
            {
                ["files"] = review.Coverage.Files,
                ["hunks"] = review.Coverage.Hunks,
                ["reviewedHunks"] = review.Coverage.ReviewedHunks,
                ["skipped"] = new JsonArray(review.Coverage.Skipped.Select(s => (JsonNode?)new JsonObject { ["path"] = s.Path, ["reason"] = s.Reason }).ToArray()),
                ["notSent"] = new JsonArray(review.Coverage.NotSent.Select(n => (JsonNode?)new JsonObject { ["expert"] = n.Expert, ["path"] = n.Path, ["hunk"] = n.Hunk, ["reason"] = n.Reason }).ToArray()),
                ["projects"] = new JsonArray(review.Coverage.Projects.Select(Project).ToArray<JsonNode?>()),
                ["degraded"] = review.Coverage.Degraded,
                ["dropped"] = new JsonArray(review.LeftOut.Select(l => (JsonNode?)new JsonObject { ["expert"] = l.Expert, ["reason"] = l.Reason, ["count"] = l.Count }).ToArray()),
            },
            ["simulation"] = review.Simulation is null ? new JsonObject() : SimulatedNumbers.Serialize(review.Simulation),
            ["filteredOut"] = review.FilteredOut,
            ["wallMs"] = Math.Round(review.WallMs, 1),
        };
        if (review.Simulation is not null && ModelEstimates.Note(review, nameMachines: true) is { } note)
        {
            // Additive: a script reading tokens or milliseconds here must be able to tell they were not measured.
            report["simulation"]!["estimated"] = true;
            report["simulation"]!["estimateNote"] = note;
        }

        if (review.Coverage.NotFound.Count > 0)
        {
            report["coverage"]!["notFound"] = new JsonArray(review.Coverage.NotFound.Select(s => (JsonNode?)new JsonObject { ["path"] = s.Path, ["reason"] = s.Reason }).ToArray());
        }

        return report;
    }

    private static JsonObject Project(ProjectCoverage p) => new()
    {
        ["path"] = p.Path,
        ["targetFramework"] = p.TargetFramework,
        ["targetFrameworks"] = new JsonArray(p.TargetFrameworks.Select(t => (JsonNode?)t).ToArray()),
        ["status"] = p.Status,
        ["restored"] = p.Restored,
        ["missing"] = new JsonArray(p.Missing.Select(m => (JsonNode?)m).ToArray()),
        ["warnings"] = new JsonArray(p.Warnings.Select(w => (JsonNode?)w).ToArray()),
        ["reason"] = p.Reason,
    };

    private static JsonObject Finding(Finding f)
    {
        var node = new JsonObject
        {
            ["fingerprint"] = f.Fingerprint,
            ["expert"] = f.Expert,
            ["ruleId"] = f.RuleId,
            ["category"] = f.Category,
            ["severity"] = f.Severity.ToName(),
            ["path"] = f.Path,
            ["line"] = f.Line,
            ["endLine"] = f.EndLine,
            ["column"] = f.Column,
            ["message"] = f.Message,
            ["suggestion"] = f.Suggestion,
            ["sources"] = new JsonArray(f.Sources.Select(s => (JsonNode?)s).ToArray()),
            ["confidence"] = f.Confidence,
            ["inDiff"] = f.InDiff,
        };
        if (f.SummaryOnly)
        {
            node["summaryOnly"] = true;
        }

        if (f.AlsoRuleIds.Count > 0)
        {
            // Additive: ruleId stays the one rule; ruleIds lists every rule merged into the finding.
            node["ruleIds"] = new JsonArray(f.AlsoRuleIds.Prepend(f.RuleId).Select(id => (JsonNode?)id).ToArray());
        }

        return node;
    }

    private static JsonObject Expert(ExpertResult e, bool estimated)
    {
        var node = new JsonObject
        {
            ["id"] = e.ExpertId,
            ["status"] = e.Status.ToString().ToLowerInvariant(),
            ["reason"] = e.Reason,
            ["tasks"] = e.Tasks,
            ["findings"] = e.Findings.Count,
            ["wallMs"] = Math.Round(e.WallMs, 1),
            ["simulated"] = e.Simulated is null ? new JsonObject() : SimulatedNumbers.Serialize(e.Simulated),
        };
        if (e.Usage is { } usage)
        {
            node["usage"] = new JsonObject { ["promptTokens"] = usage.PromptTokens, ["outputTokens"] = usage.OutputTokens, ["requests"] = usage.Requests };
            if (estimated)
            {
                node["usage"]!["estimated"] = true;
            }
        }

        if (e.Rejected > 0)
        {
            node["rejected"] = e.Rejected;
        }

        if (e.FailedTasks > 0)
        {
            node["failedTasks"] = e.FailedTasks;
        }

        return node;
    }
}
