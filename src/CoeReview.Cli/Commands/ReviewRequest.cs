namespace CoeReview.Cli.Commands;

/// <summary>The review options as parsed from the command line (null where not given).</summary>
internal sealed record ReviewRequest
{
    public string Repo { get; init; } = ".";

    public string? Base { get; init; }

    public string? Head { get; init; }

    public bool Staged { get; init; }

    public string? Diff { get; init; }

    public string? Backend { get; init; }

    public string? Config { get; init; }

    public string? Experts { get; init; }

    public string? Filter { get; init; }

    public string Format { get; init; } = "text";

    public string? Output { get; init; }

    public string? FailLevel { get; init; }

    /// <summary>Show the simulated model cost in text and Markdown reports (review --cost).</summary>
    public bool Cost { get; init; }
}
