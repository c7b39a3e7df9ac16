using System.Globalization;
using System.Text.Json.Nodes;
using CoeReview.Core.Pipeline;

namespace CoeReview.Cli.Reporting;

/// <summary>
/// What a SARIF run does not contain, and why: the report's findings left out (Review.LeftOut) and
/// those over code scanning's per-run cap, so results plus run.properties.dropped are everything the experts found.
/// </summary>
internal static class SarifAccounting
{
    public const string CappedReason = "over code scanning's limit of results per SARIF run";

    public static void Add(JsonObject run, Review review, int maxResults)
    {
        var omitted = review.Findings.Skip(maxResults).ToList();
        var dropped = review.LeftOut
            .Concat(omitted.GroupBy(f => f.Expert, StringComparer.Ordinal).Select(g => new LeftOut(g.Key, CappedReason, g.Count())))
            .Where(l => l.Count > 0)
            .ToList();
        if (dropped.Count > 0)
        {
            run["properties"] = new JsonObject
            {
                ["dropped"] = new JsonArray(dropped.Select(l => (JsonNode?)new JsonObject { ["expert"] = l.Expert, ["reason"] = l.Reason, ["count"] = l.Count }).ToArray()),
            };
        }

        if (omitted.Count == 0)
        {
            return;
        }

        // A capped upload must not read as the whole review: code scanning shows run-level notifications.
        run["properties"]!["capped"] = true;
        run["invocations"] = new JsonArray(new JsonObject
        {
            ["executionSuccessful"] = true,
            ["toolExecutionNotifications"] = new JsonArray(new JsonObject
            {
                ["descriptor"] = new JsonObject { ["id"] = "COE-SARIF-CAP" },
                ["level"] = "warning",
                ["message"] = new JsonObject
                {
                    ["text"] = string.Create(CultureInfo.InvariantCulture,
                        $"{omitted.Count:N0} of {review.Findings.Count:N0} findings are not in this file: code scanning accepts at most {maxResults:N0} results per run. The JSON report (--format json) has them all."),
                },
            }),
        });
    }
}
