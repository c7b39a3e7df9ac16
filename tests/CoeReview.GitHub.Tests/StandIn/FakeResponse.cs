using System.Text.Json.Nodes;

namespace CoeReview.GitHub.Tests.StandIn;

/// <summary>What the stand-in answers: status, JSON (or raw bytes) and headers.</summary>
public sealed record FakeResponse(int Status, JsonNode? Body, IReadOnlyDictionary<string, string> Headers)
{
    public byte[]? Raw { get; init; }

    public static FakeResponse Ok(JsonNode? body, int status = 200) => new(status, body, new Dictionary<string, string>());

    public static FakeResponse NoContent() => new(204, null, new Dictionary<string, string>());

    public static FakeResponse Error(int status, string message, params string[] errors)
    {
        var body = new JsonObject
        {
            ["message"] = message,
            ["documentation_url"] = "https://docs.github.com/rest",
        };
        if (errors.Length > 0)
        {
            body["errors"] = new JsonArray(errors.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray());
        }

        return new FakeResponse(status, body, new Dictionary<string, string>());
    }
}
