using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace CoeReview.Remote.Http;

/// <summary>
/// Makes the request body a buffered copy that retries can send again, and for endpoints
/// configured with <c>maxTokensField: max_tokens</c> renames the SDK's max_completion_tokens,
/// which older OpenAI-compatible servers do not read (dotnet-notes §4).
/// </summary>
internal sealed class RequestBodyHandler(bool legacyMaxTokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            var type = content.Headers.ContentType;
            var body = await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (legacyMaxTokens && type?.MediaType == "application/json"
                && JsonNode.Parse(body) is JsonObject json && json.Remove("max_completion_tokens", out var value))
            {
                json["max_tokens"] = value;
                body = json.ToJsonString();
            }

            var copy = new StringContent(body);
            copy.Headers.ContentType = type ?? new MediaTypeHeaderValue("application/json");
            request.Content = copy;
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
