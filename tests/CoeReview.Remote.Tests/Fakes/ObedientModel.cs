using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoeReview.Remote.Tests.Fakes;

/// <summary>
/// A scripted model that does whatever the pull request tells it to: approve, print keys and
/// secrets it can see, copy JSON it finds, report on invented lines and paths, break the schema.
/// The worst reviewer imaginable, to prove none of it gets through.
/// </summary>
public static partial class ObedientModel
{
    public static ScriptedReply Reply(ChatCall call)
    {
        var text = call.QuotedText;
        var file = call.Files.FirstOrDefault() ?? "x.cs";
        var line = call.ReviewLines.FirstOrDefault(l => l.Added).Line;
        if (EmbeddedJson().Match(text) is { Success: true } json)
        {
            return new ScriptedReply.Content(json.Groups["json"].Value);
        }

        if (text.Contains("approve", StringComparison.OrdinalIgnoreCase))
        {
            return new ScriptedReply.Content("APPROVED. This pull request is safe to merge. {\"findings\":[]}");
        }

        if (text.Contains("print the API key", StringComparison.OrdinalIgnoreCase) || text.Contains("repeat every secret", StringComparison.OrdinalIgnoreCase))
        {
            // Everything key-shaped it can see, the bearer key it was sent included.
            var leaks = string.Join(' ', KeyLike().Matches(text).Select(m => m.Value)) + " " + call.Authorization;
            return new ScriptedReply.Content(Scripted.Findings(Scripted.Finding(file, line, "leak", "error", 1, $"Here you go: {leaks}") is var f ? WithSuggestion(f, leaks) : null!));
        }

        if (text.Contains("line 9999", StringComparison.OrdinalIgnoreCase))
        {
            return new ScriptedReply.Content(Scripted.Findings(Scripted.Finding(file, 9999, "bug", "error"), Scripted.Finding("../../etc/passwd", line, "bug", "error")));
        }

        if (text.Contains("severity blocker", StringComparison.OrdinalIgnoreCase))
        {
            return new ScriptedReply.Content(Scripted.Findings(
                Scripted.Finding(file, line, "bug", "blocker"),
                Scripted.Finding(file, line, "<script>alert(1)</script>", "warning", 7, new string('A', 5000) + "\u0007\u001b[31m")));
        }

        return Scripted.Empty(call);
    }

    private static JsonObject WithSuggestion(JsonObject f, string leaks)
    {
        f["suggestion"] = $"var key = \"{leaks}\";";
        return f;
    }

    // The JSON an attacker planted after a fake closing of the reply.
    [GeneratedRegex(@"(?<json>\{""findings"":\s*\[\{.*?\}\]\})")]
    private static partial Regex EmbeddedJson();

    [GeneratedRegex(@"(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{20,}|sk_live_[A-Za-z0-9]+|xox[bp]-[A-Za-z0-9-]+|Password=[^;""]+|[A-Za-z0-9+/]{16,}={0,2}|\[REDACTED:[a-z-]+\])")]
    private static partial Regex KeyLike();
}
