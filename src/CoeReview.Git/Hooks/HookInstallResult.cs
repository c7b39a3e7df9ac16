namespace CoeReview.Git.Hooks;

/// <summary>What install or uninstall did, with a line to tell the user.</summary>
public sealed record HookInstallResult(bool Changed, string Message, string HookPath);
