using System.Globalization;
using System.Net;
using Octokit;

namespace CoeReview.GitHub.Api;

/// <summary>Reads what a refused request says about waiting: a rate limit (with or without a hint), a server failure, or neither.</summary>
internal static class RateLimitAdvice
{
    /// <summary>True for GitHub's primary or secondary rate limit answers (403 or 429).</summary>
    public static bool IsRateLimited(ApiException e)
    {
        var status = (int)e.StatusCode;
        if (status == 429)
        {
            return true;
        }

        if (status != 403)
        {
            return false;
        }

        return Header(e, "retry-after") is not null
            || Header(e, "x-ratelimit-remaining") == "0"
            || e.Message.Contains("rate limit", StringComparison.OrdinalIgnoreCase)
            || e is RateLimitExceededException or SecondaryRateLimitExceededException;
    }

    public static bool IsServerError(ApiException e) => (int)e.StatusCode >= 500 || e.StatusCode == HttpStatusCode.RequestTimeout;

    /// <summary>retry-after first (seconds or an HTTP date), then x-ratelimit-reset when nothing remains; null when GitHub gave no hint.</summary>
    public static TimeSpan? Hint(ApiException e, DateTimeOffset now)
    {
        if (Header(e, "retry-after") is { } retry)
        {
            if (int.TryParse(retry, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            {
                return TimeSpan.FromSeconds(Math.Max(0, seconds));
            }

            if (DateTimeOffset.TryParse(retry, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return Max0(at - now);
            }
        }

        if (Header(e, "x-ratelimit-remaining") == "0" && Header(e, "x-ratelimit-reset") is { } reset
            && long.TryParse(reset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch))
        {
            // One second more: the reset time is rounded down to whole seconds.
            return Max0(DateTimeOffset.FromUnixTimeSeconds(epoch) - now) + TimeSpan.FromSeconds(1);
        }

        return null;
    }

    private static TimeSpan Max0(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;

    private static string? Header(ApiException e, string name)
    {
        var headers = e.HttpResponse?.Headers;
        if (headers is null)
        {
            return null;
        }

        foreach (var (key, value) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
