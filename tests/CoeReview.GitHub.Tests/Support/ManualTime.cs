namespace CoeReview.GitHub.Tests.Support;

/// <summary>A clock that only moves when a (fake) delay advances it, so pacing is tested without sleeping.</summary>
public sealed class ManualTime : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public List<TimeSpan> Delays { get; } = [];

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    /// <summary>The delay to give the rate gate: records the wait and moves the clock.</summary>
    public Task Delay(TimeSpan by, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (Delays)
        {
            Delays.Add(by);
        }

        Advance(by);
        return Task.CompletedTask;
    }
}
