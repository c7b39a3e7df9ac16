namespace CoeReview.Cli;

/// <summary>The exit codes of docs/contract.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int FindingsAtFailLevel = 1;
    public const int InvalidInput = 2;
    public const int InfrastructureFailure = 3;
    public const int Cancelled = 130;
}
