namespace CoeReview.Prompting;

/// <summary>
/// What bounds one expert's requests when they are planned, whoever sends them: the remote
/// backend maps its options to these, and rdu-sim prices the requests planned with the defaults.
/// </summary>
public sealed record PromptLimits
{
    /// <summary>The remote backend's <c>requestTokenBudget</c> when none is configured.</summary>
    public const int DefaultRequestTokenBudget = 6000;

    /// <summary>The remote backend's <c>maxHunksPerRequest</c> when none is configured.</summary>
    public const int DefaultMaxHunksPerRequest = 8;

    public static PromptLimits Default { get; } = new();

    /// <summary>Most prompt tokens one request may carry; hunks are packed up to it and split beyond it.</summary>
    public int RequestTokenBudget { get; init; } = DefaultRequestTokenBudget;

    /// <summary>Most hunks packed into one request (1 sends each hunk alone).</summary>
    public int MaxHunksPerRequest { get; init; } = DefaultMaxHunksPerRequest;

    /// <summary>Longest enclosing member quoted whole as context; a longer one is quoted by its declaration line.</summary>
    public int MaxContextLines { get; init; } = 60;
}
