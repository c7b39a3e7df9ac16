using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoeReview.Remote.Tests.Fakes;

/// <summary>One chat-completions request as the fake server received it.</summary>
public sealed partial record ChatCall(int Index, string Path, string Body, string? Authorization, DateTimeOffset At)
{
    public JsonObject Json { get; } = JsonNode.Parse(Body)!.AsObject();

    public bool Stream => Json["stream"]?.GetValue<bool>() == true;

    public IReadOnlyList<(string Role, string Text)> Messages =>
        Json["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), Content(m["content"]))).ToList();

    /// <summary>The first user message: the one carrying the quoted pull-request text.</summary>
    public string UserText => Messages.First(m => m.Role == "user").Text;

    /// <summary>What the request quotes from the pull request: between the first UNTRUSTED marker and its real end marker.</summary>
    public string QuotedText
    {
        get
        {
            var start = StartMarker().Match(UserText);
            if (!start.Success)
            {
                return "";
            }

            var end = UserText.IndexOf($"<<<END-UNTRUSTED-{start.Groups[1].Value}>>>", start.Index, StringComparison.Ordinal);
            return end < 0 ? UserText[start.Index..] : UserText[start.Index..end];
        }
    }

    /// <summary>Files the request quotes.</summary>
    public IReadOnlyList<string> Files => FileLine().Matches(UserText).Select(m => m.Groups[1].Value.Trim()).ToList();

    /// <summary>New-file lines shown for review, and the added ones.</summary>
    public IReadOnlyList<(int Line, bool Added)> ReviewLines =>
        ReviewLine().Matches(UserText).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value == "+")).ToList();

    private static string Content(JsonNode? content) => content switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? "")),
        _ => "",
    };

    [GeneratedRegex(@"<<<UNTRUSTED-([0-9A-F]+)>>>")]
    private static partial Regex StartMarker();

    [GeneratedRegex(@"^File: (.+)$", RegexOptions.Multiline)]
    private static partial Regex FileLine();

    [GeneratedRegex(@"^\s*(\d+) \| ([+ ]) \|", RegexOptions.Multiline)]
    private static partial Regex ReviewLine();
}
