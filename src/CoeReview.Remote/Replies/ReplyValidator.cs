using System.Text.Json;
using System.Text.RegularExpressions;
using CoeReview.Core.Findings;
using CoeReview.Core.Secrets;
using CoeReview.Prompting;

namespace CoeReview.Remote.Replies;

/// <summary>
/// Checks a reply against docs/contract.md's JSON: one object with a findings list. A finding is
/// published only when it names a file of the request (or the request's only file), lines the
/// request showed for review, a known severity, a category and a message; everything it says is
/// trimmed, flattened and redacted. Anything else is refused and counted.
/// </summary>
internal static partial class ReplyValidator
{
    private const int MaxMessage = 500;
    private const int MaxSuggestion = 2000;
    private const int MaxFindings = 50;

    public static ReplyCheck Check(string? reply, PlannedRequest request, Func<string, string> scrub)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scrub);
        if (string.IsNullOrWhiteSpace(reply))
        {
            return ReplyCheck.Unusable("the reply was empty");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(StripFence(reply));
        }
        catch (JsonException e)
        {
            return ReplyCheck.Unusable($"not valid JSON: {e.Message.Split('.')[0]}");
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("findings", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                return ReplyCheck.Unusable("not an object with a \"findings\" array");
            }

            var findings = new List<Finding>();
            var rejected = 0;
            foreach (var item in list.EnumerateArray())
            {
                var finding = findings.Count < MaxFindings ? ToFinding(item, request, scrub) : null;
                if (finding is null)
                {
                    rejected++;
                }
                else
                {
                    findings.Add(finding);
                }
            }

            return new ReplyCheck(findings, rejected, null);
        }
    }

    private static Finding? ToFinding(JsonElement item, PlannedRequest request, Func<string, string> scrub)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var paths = request.Paths;
        var path = Text(item, "path") ?? (paths.Count == 1 ? paths[0] : null);
        if (path is null || !paths.Contains(path, StringComparer.Ordinal) || Int(item, "line") is not { } line)
        {
            return null;
        }

        var endLine = Int(item, "endLine") ?? line;
        var shown = request.Pieces.Where(p => p.Path == path).SelectMany(p => p.ReviewLines).ToHashSet();
        if (endLine < line || endLine - line > 200 || !Enumerable.Range(line, endLine - line + 1).All(shown.Contains))
        {
            return null;
        }

        var severity = Text(item, "severity")?.ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "note" => Severity.Note,
            _ => (Severity?)null,
        };
        var category = Category(Text(item, "category"));
        var message = Clean(Text(item, "message"), MaxMessage, scrub, oneLine: true);
        if (severity is null || category is null || string.IsNullOrEmpty(message))
        {
            return null;
        }

        var suggestion = Clean(Text(item, "suggestion"), MaxSuggestion, scrub, oneLine: false);
        var confidence = item.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? Math.Clamp(c.GetDouble(), 0, 1) : 0.5;
        return new Finding(request.Expert.Id, $"COE-MODEL-{category}", category, severity.Value, path, line, endLine, 1,
            message, string.IsNullOrEmpty(suggestion) ? null : suggestion, ["model"], Math.Round(confidence, 3));
    }

    /// <summary>A bare code fence around the object is a formatting habit, not a wrong answer.</summary>
    private static string StripFence(string reply)
    {
        var text = reply.Trim();
        var fence = Fence().Match(text);
        return fence.Success ? fence.Groups["body"].Value : text;
    }

    private static string? Category(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var kebab = NonWord().Replace(raw.Trim().ToLowerInvariant(), "-").Trim('-');
        return kebab.Length is > 0 and <= 64 ? kebab : null;
    }

    private static string? Clean(string? raw, int max, Func<string, string> scrub, bool oneLine)
    {
        if (raw is null)
        {
            return null;
        }

        var text = scrub(SecretRedactor.Default.Redact(raw).Text);
        text = oneLine ? Whitespace().Replace(text, " ").Trim() : text.Trim();
        text = new string(text.Where(ch => !char.IsControl(ch) || ch is '\n' or '\t').ToArray());
        return text.Length > max ? text[..max] + "…" : text;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= 1 ? n : null;

    [GeneratedRegex(@"^```[a-zA-Z]*\s*\n(?<body>[\s\S]*?)\n?```$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
