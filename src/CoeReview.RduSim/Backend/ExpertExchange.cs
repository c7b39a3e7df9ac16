using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.RduSim.Backend;

/// <summary>
/// What an expert's model would be sent for one task (its system prompt, the hunk with new-file
/// line numbers and the analysis findings on it) and what it would reply (docs/contract.md: one JSON
/// object of findings). The simulator charges tokens for exactly these texts.
/// </summary>
public static class ExpertExchange
{
    private static readonly JsonSerializerOptions s_compact = new() { WriteIndented = false };

    public static string Prompt(ExpertTask task, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(findings);
        var sb = new StringBuilder();
        sb.Append(task.Expert.Model.SystemPrompt.Trim()).Append("\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"File: {task.File.Path}\n");
        var hunk = task.Hunk;
        sb.Append($"{hunk.Header} {hunk.Section}".TrimEnd()).Append('\n');
        foreach (var line in hunk.Lines)
        {
            var number = line.NewLine?.ToString(CultureInfo.InvariantCulture) ?? "";
            var mark = line.Kind switch
            {
                Core.Diff.DiffLineKind.Added => '+',
                Core.Diff.DiffLineKind.Deleted => '-',
                _ => ' ',
            };
            sb.Append(CultureInfo.InvariantCulture, $"{number,5} {mark} {line.Text}\n");
        }

        if (findings.Count > 0)
        {
            sb.Append("\nAnalysis findings on these lines:\n");
            foreach (var f in findings)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- line {f.Line}: {f.RuleId} ({f.Severity.ToName()}) {f.Message}\n");
            }
        }

        sb.Append("\nReply with one JSON object {\"findings\": [...]} with path, line, endLine, severity, category, message, suggestion and confidence.");
        return sb.ToString();
    }

    /// <summary>The reply JSON of docs/contract.md "What an expert's model replies" for these findings.</summary>
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
