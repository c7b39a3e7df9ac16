using System.Text.Json;
using System.Text.Json.Nodes;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Prompting;

namespace CoeReview.RduSim.Backend;

/// <summary>
/// What an expert's model would reply (docs/contract.md: one JSON object of findings) to each request
/// the planner made for it: the simulator charges output tokens for these texts. The expert's
/// analysis findings stand in for what its model would find.
/// </summary>
internal static class ExpertReplies
{
    private static readonly JsonSerializerOptions s_compact = new() { WriteIndented = false };

    /// <summary>The reply JSON of contract.md "What an expert's model replies" for these findings.</summary>
    public static string Reply(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var list = new JsonArray();
        foreach (var f in findings)
        {
            list.Add(new JsonObject
            {
                ["path"] = f.Path,
                ["line"] = f.Line,
                ["endLine"] = f.EndLine,
                ["severity"] = f.Severity.ToName(),
                ["category"] = f.Category,
                ["message"] = f.Message,
                ["suggestion"] = f.Suggestion,
                ["confidence"] = f.Confidence,
            });
        }

        return new JsonObject { ["findings"] = list }.ToJsonString(s_compact);
    }

    /// <summary>
    /// Splits an expert's findings over its planned requests: each goes with its task (see
    /// <see cref="ByTask"/>) to the request whose piece shows its line, else to the task's first
    /// piece; a task the plan did not send gets no reply.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Finding>> ByRequest(IReadOnlyList<PlannedRequest> requests, IReadOnlyList<ExpertTask> tasks, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var byTask = ByTask(tasks, findings);
        var result = requests.Select(_ => new List<Finding>()).ToList();
        for (var t = 0; t < tasks.Count; t++)
        {
            var placed = requests
                .SelectMany((r, i) => r.Pieces.Where(p => ReferenceEquals(p.Task, tasks[t])).Select(p => (Request: i, Piece: p)))
                .OrderBy(x => x.Piece.Part)
                .ToList();
            if (placed.Count == 0)
            {
                continue;
            }

            foreach (var f in byTask[t])
            {
                var showing = placed.FindIndex(x => x.Piece.ReviewLines.Contains(f.Line));
                result[placed[showing < 0 ? 0 : showing].Request].Add(f);
            }
        }

        return result;
    }

    /// <summary>
    /// Splits an expert's findings over its tasks: each finding belongs to the task whose hunk
    /// holds its line, else to the nearest hunk of its file; findings in no task's file are dropped.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Finding>> ByTask(IReadOnlyList<ExpertTask> tasks, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(findings);
        var result = tasks.Select(_ => new List<Finding>()).ToList();
        foreach (var f in findings)
        {
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var i = 0; i < tasks.Count; i++)
            {
                if (!string.Equals(tasks[i].File.Path, f.Path, StringComparison.Ordinal))
                {
                    continue;
                }

                var h = tasks[i].Hunk;
                var distance = h.ContainsNewLine(f.Line) ? 0 : Math.Min(Math.Abs(f.Line - h.NewStart), Math.Abs(f.Line - h.NewEnd));
                if (distance < bestDistance)
                {
                    best = i;
                    bestDistance = distance;
                }
            }

            if (best >= 0)
            {
                result[best].Add(f);
            }
        }

        return result;
    }
}
