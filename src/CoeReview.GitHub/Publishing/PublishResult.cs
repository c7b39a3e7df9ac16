namespace CoeReview.GitHub.Publishing;

/// <summary>What one publishing run did on the PR.</summary>
public sealed record PublishResult
{
    public long? ReviewId { get; init; }

    public string? ReviewEvent { get; init; }

    /// <summary>New inline comments posted.</summary>
    public int Inline { get; init; }

    /// <summary>New findings listed in the review body (off the diff, over the cap, refused by GitHub).</summary>
    public int InBody { get; init; }

    /// <summary>Of those, comments GitHub refused (422) and that were moved to the body.</summary>
    public int Refused { get; init; }

    /// <summary>Findings already posted by an earlier run, not posted again.</summary>
    public int AlreadyPosted { get; init; }

    /// <summary>Own earlier comments whose finding is gone: deleted, or marked resolved when someone replied.</summary>
    public int Deleted { get; init; }

    public int MarkedResolved { get; init; }

    public bool SummaryCreated { get; init; }

    public bool SummaryUpdated { get; init; }

    public long? CheckRunId { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];
}
