using System.Net;
using Octokit;

namespace CoeReview.GitHub.Api;

/// <summary>
/// Every GitHub request goes through here: writes one at a time and spaced, limits honoured
/// (retry-after, then x-ratelimit-reset, then exponential backoff), 5xx and connection failures
/// retried, a non-limit 403 on a write reported as <see cref="GitHubForbiddenException"/>.
/// Time and waiting are injected so tests run in no time.
/// </summary>
public sealed class GitHubRateGate
{
    private readonly GitHubPacingOptions _options;
    private readonly TimeProvider _time;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private DateTimeOffset? _lastWrite;

    public GitHubRateGate(GitHubPacingOptions? options = null, TimeProvider? time = null, Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _options = options ?? new GitHubPacingOptions();
        _time = time ?? TimeProvider.System;
        _delay = delay ?? ((d, ct) => Task.Delay(d, _time, ct));
    }

    /// <summary>Number of write requests sent (attempts included).</summary>
    public int WritesSent { get; private set; }

    /// <summary>Every wait this gate made, for the log and for tests.</summary>
    public IList<TimeSpan> Waits { get; } = new List<TimeSpan>();

    public Task<T> ReadAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken) => RunAsync(call, write: false, cancellationToken);

    public async Task<T> WriteAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAsync(call, write: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<T> RunAsync<T>(Func<Task<T>> call, bool write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (write)
            {
                await SpaceWriteAsync(cancellationToken).ConfigureAwait(false);
                WritesSent++;
            }

            TimeSpan wait;
            try
            {
                return await call().ConfigureAwait(false);
            }
            catch (ApiException e) when (RateLimitAdvice.IsRateLimited(e))
            {
                wait = RateLimitAdvice.Hint(e, _time.GetUtcNow()) ?? Double(_options.LimitBackoff, attempt);
                GiveUpIfExhausted(attempt, wait, $"GitHub rate limit ({(int)e.StatusCode}: {e.Message})", e);
            }
            catch (ApiException e) when (RateLimitAdvice.IsServerError(e))
            {
                wait = Double(_options.ServerBackoff, attempt);
                GiveUpIfExhausted(attempt, wait, $"GitHub answered {(int)e.StatusCode}: {e.Message}", e);
            }
            catch (ApiException e) when (write && e.StatusCode == HttpStatusCode.Forbidden)
            {
                throw new GitHubForbiddenException($"GitHub refused a write (403: {e.Message})", e);
            }
            catch (HttpRequestException e)
            {
                wait = Double(_options.ServerBackoff, attempt);
                GiveUpIfExhausted(attempt, wait, $"GitHub unreachable: {e.Message}", e);
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                wait = Double(_options.ServerBackoff, attempt);
                GiveUpIfExhausted(attempt, wait, "GitHub timed out", e);
            }

            Waits.Add(wait);
            await _delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    private void GiveUpIfExhausted(int attempt, TimeSpan wait, string what, Exception inner)
    {
        if (attempt >= _options.MaxAttempts)
        {
            throw new GitHubUnavailableException($"{what}; gave up after {attempt} attempts", inner);
        }

        if (wait > _options.MaxWait)
        {
            throw new GitHubUnavailableException($"{what}; asked to wait {wait.TotalSeconds:0} s, more than {_options.MaxWait.TotalSeconds:0} s", inner);
        }
    }

    private async Task SpaceWriteAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_lastWrite is { } last && now - last < _options.MinWriteInterval)
        {
            var gap = _options.MinWriteInterval - (now - last);
            await _delay(gap, cancellationToken).ConfigureAwait(false);
        }

        _lastWrite = _time.GetUtcNow();
    }

    private static TimeSpan Double(TimeSpan first, int attempt) => first * Math.Pow(2, attempt - 1);
}
