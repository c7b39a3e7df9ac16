namespace CoeReview.Remote.Tests.Fakes;

/// <summary>What the fake server does with one request.</summary>
public abstract record ScriptedReply
{
    /// <summary>Wait this long before answering (latency, or a hang past the client's timeout).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>A chat completion whose message content is <paramref name="Text"/> (streamed when the request asks).</summary>
    public sealed record Content(string Text, int PromptTokens = 100, int CompletionTokens = 20) : ScriptedReply;

    /// <summary>An HTTP error status, optionally with Retry-After (seconds).</summary>
    public sealed record Status(int Code, string? RetryAfter = null, string Body = "{\"error\":{\"message\":\"scripted\"}}") : ScriptedReply;

    /// <summary>Abort the connection without a response.</summary>
    public sealed record Reset : ScriptedReply;

    /// <summary>Send half of a valid completion, then cut the connection.</summary>
    public sealed record Truncated(string Text) : ScriptedReply;

    /// <summary>A 200 whose body is not a chat completion.</summary>
    public sealed record Malformed(string Body) : ScriptedReply;
}
