using System.Globalization;

namespace CoeReview.GitHub.Tests.StandIn;

/// <summary>Fault injection: the answers GitHub gives when a client writes too fast.</summary>
public sealed partial class FakeGitHub
{
    /// <summary>The next write is answered with GitHub's secondary-limit 403 and a retry-after header.</summary>
    public void FailNextWriteWithRetryAfter(int seconds) => EnqueueFault(new FakeFault(403,
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        new Dictionary<string, string> { ["retry-after"] = seconds.ToString(CultureInfo.InvariantCulture) }));

    /// <summary>The next write is answered 403 with x-ratelimit-remaining 0 and a reset time.</summary>
    public void FailNextWriteWithReset(DateTimeOffset reset) => EnqueueFault(new FakeFault(403,
        "API rate limit exceeded for installation.",
        new Dictionary<string, string>
        {
            ["x-ratelimit-remaining"] = "0",
            ["x-ratelimit-reset"] = reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        }));

    /// <summary>The next write gets a secondary-limit 403 with no hint at all (back off).</summary>
    public void FailNextWriteWithoutHint() => EnqueueFault(new FakeFault(403,
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        new Dictionary<string, string>()));

    public void EnqueueFault(FakeFault fault)
    {
        lock (_gate)
        {
            _writeFaults.Enqueue(fault);
        }
    }
}
