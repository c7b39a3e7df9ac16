using System.ClientModel;
using System.Text;
using System.Text.Json;
using CoeReview.Core.Pipeline;
using CoeReview.Prompting;
using CoeReview.Remote.Config;
using Microsoft.Extensions.AI;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CoeReview.Remote.Replies;

/// <summary>
/// Sends one planned request and checks the reply. A reply that is not the JSON asked for (or a
/// response that arrived broken) gets one repair request; after that the request fails. Errors
/// become short reasons naming the endpoint, never carrying a key or a response body.
/// </summary>
internal sealed class ModelCaller(IChatClient client, ExpertEndpoint endpoint, RemoteOptions options, Func<string, string> scrub)
{
    private const int MaxEchoedReply = 4000;

    public async Task<RequestOutcome> RunAsync(PlannedRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, PromptRenderer.System(request.Expert)),
            new(ChatRole.User, PromptRenderer.User(request.Expert, request.Pieces)),
        };
        var usage = TokenUsage.Zero;
        string? problem = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var (text, used, failure, broken) = await CallAsync(messages, TokenCounter.For(request.Expert.Model.Profile), cancellationToken).ConfigureAwait(false);
            usage = usage.Add(used);
            if (failure is not null)
            {
                if (!broken)
                {
                    return new RequestOutcome([], 0, usage, failure);
                }

                // The response arrived broken (cut off, not a chat completion): ask the same again once.
                problem = failure;
                continue;
            }

            var check = ReplyValidator.Check(text, request, scrub);
            if (check.Usable)
            {
                return new RequestOutcome(check.Findings, check.Rejected, usage, null);
            }

            problem = check.Problem;
            if (attempt == 0)
            {
                messages.Add(new ChatMessage(ChatRole.Assistant, text!.Length > MaxEchoedReply ? text[..MaxEchoedReply] : text));
                messages.Add(new ChatMessage(ChatRole.User, PromptRenderer.Repair(problem!)));
            }
        }

        return new RequestOutcome([], 0, usage, $"{endpoint.DisplayEndpoint}: reply unusable after one repair request ({problem})");
    }

    private async Task<(string? Text, TokenUsage Usage, string? Failure, bool Broken)> CallAsync(List<ChatMessage> messages, TokenCounter tokens, CancellationToken cancellationToken)
    {
        var chatOptions = new ChatOptions
        {
            Temperature = (float)endpoint.Temperature,
            MaxOutputTokens = endpoint.MaxOutputTokens,
            ResponseFormat = endpoint.ResponseFormat switch
            {
                ReplyFormat.JsonObject => ChatResponseFormat.Json,
                ReplyFormat.JsonSchema => ChatResponseFormat.ForJsonSchema(JsonDocument.Parse(PromptRenderer.ReplySchema).RootElement.Clone(), "coe_review_findings"),
                _ => null,
            },
        };

        // A safety net over the whole call (retries included) for a streamed body that stalls.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter((endpoint.AttemptTimeout * (options.MaxRetries + 1)) + (options.RetryMaxDelay * options.MaxRetries));
        try
        {
            string text;
            UsageDetails? details;
            if (endpoint.Stream)
            {
                var sb = new StringBuilder();
                details = null;
                await foreach (var update in client.GetStreamingResponseAsync(messages, chatOptions, deadline.Token).ConfigureAwait(false))
                {
                    sb.Append(update.Text);
                    foreach (var u in update.Contents.OfType<UsageContent>())
                    {
                        details = u.Details;
                    }
                }

                text = sb.ToString();
            }
            else
            {
                var response = await client.GetResponseAsync(messages, chatOptions, deadline.Token).ConfigureAwait(false);
                text = response.Text;
                details = response.Usage;
            }

            // Servers that report no usage get our estimate.
            var usage = new TokenUsage(
                details?.InputTokenCount ?? messages.Sum(m => tokens.Count(m.Text)),
                details?.OutputTokenCount ?? tokens.Count(text),
                1);
            return (text, usage, null, false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Every failure of one request becomes that request's reported reason; the review goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var cause = e is ClientResultException { Status: 0, InnerException: { } inner } ? inner : e;
            return (null, new TokenUsage(0, 0, 1), $"{endpoint.DisplayEndpoint}: {Describe(cause)}", IsBrokenReply(cause, endpoint.Stream));
        }
    }

    /// <summary>
    /// A response that arrived but could not be read as a chat completion, or a stream cut off
    /// midway (outside the retry strategy, which only sees the headers): worth asking once more.
    /// </summary>
    private static bool IsBrokenReply(Exception e, bool streamed) => e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException
        || (streamed && e is IOException);

    private string Describe(Exception e) => scrub(e switch
    {
        ClientResultException { Status: 401 or 403 } c => $"HTTP {c.Status}: the endpoint refused the key from {endpoint.ApiKeyEnv}",
        ClientResultException { Status: > 0 } c => $"HTTP {c.Status} after {options.MaxRetries + 1} attempts",
        BrokenCircuitException => "circuit open: the endpoint kept failing, requests are held back",
        TimeoutRejectedException => $"no reply within {endpoint.AttemptTimeout.TotalSeconds:0.#} s per attempt after {options.MaxRetries + 1} attempts",
        OperationCanceledException => "no complete reply before the request's deadline",
        HttpRequestException h => $"unreachable after {options.MaxRetries + 1} attempts ({h.HttpRequestError})",
        IOException => $"the connection broke while reading the reply after {options.MaxRetries + 1} attempts",
        _ => $"{e.GetType().Name}",
    });
}
