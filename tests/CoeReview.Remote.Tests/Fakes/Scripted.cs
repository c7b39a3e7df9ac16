using System.Text.Json.Nodes;

namespace CoeReview.Remote.Tests.Fakes;

/// <summary>Replies of a scripted model.</summary>
public static class Scripted
{
    public static ScriptedReply Empty(ChatCall _) => new ScriptedReply.Content("{\"findings\":[]}");

    /// <summary>One finding on the first added line the request shows, in its first file.</summary>
    public static ScriptedReply OnFirstAddedLine(ChatCall call, string category = "sql-injection", string severity = "error", double confidence = 0.8) =>
        new ScriptedReply.Content(Findings(Finding(call.Files[0], call.ReviewLines.First(l => l.Added).Line, category, severity, confidence)));

    public static JsonObject Finding(string? path, int line, string category = "bug", string severity = "warning", double confidence = 0.8, string message = "This line is wrong.")
    {
        var f = new JsonObject
        {
            ["line"] = line,
            ["endLine"] = line,
            ["severity"] = severity,
            ["category"] = category,
            ["message"] = message,
            ["suggestion"] = null,
            ["confidence"] = confidence,
        };
        if (path is not null)
        {
            f["path"] = path;
        }

        return f;
    }

    public static string Findings(params JsonObject[] findings) => new JsonObject { ["findings"] = new JsonArray(findings) }.ToJsonString();
}
