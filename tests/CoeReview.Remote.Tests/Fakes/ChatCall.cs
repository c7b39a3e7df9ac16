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

    [GeneratedRegex(@"^File: (.+)$", RegexOptions.Multiline)]
    private static partial Regex FileLine();

    [GeneratedRegex(@"^\s*(\d+) \| ([+ ]) \|", RegexOptions.Multiline)]
    private static partial Regex ReviewLine();
}
