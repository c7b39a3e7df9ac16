namespace CoeReview.GitHub.Api;

/// <summary>
/// How writes are paced and retried. GitHub's secondary limits allow at most 80 content-creating
/// requests a minute and ask for serialized writes about a second apart; on a limit, honour
/// retry-after, then x-ratelimit-reset, then wait at least a minute and back off exponentially.
/// https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api
/// </summary>
public sealed record GitHubPacingOptions
{
    /// <summary>Gap between the starts of two writes (1 s keeps a run under 60 a minute).</summary>
    public TimeSpan MinWriteInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per request, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>First wait when a limit gives no hint; doubles each time.</summary>
    public TimeSpan LimitBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First wait after a 5xx or a connection failure; doubles each time.</summary>
    public TimeSpan ServerBackoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A single wait longer than this gives up instead (the run would time out anyway).</summary>
    public TimeSpan MaxWait { get; init; } = TimeSpan.FromMinutes(15);
}
