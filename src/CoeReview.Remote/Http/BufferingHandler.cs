namespace CoeReview.Remote.Http;

/// <summary>
/// Reads a non-streamed reply's body inside the attempt, so a stalled or cut-off body counts as a
/// failed attempt (timed out or retried) rather than hanging or failing after the retry strategy.
/// Streamed (SSE) bodies pass through.
/// </summary>
internal sealed class BufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentType?.MediaType != "text/event-stream")
        {
            try
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        return response;
    }
}
