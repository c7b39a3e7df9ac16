namespace CoeReview.Git.Hooks;

/// <summary>
/// The commits one pushed ref sends: the diff from <see cref="BaseSha"/> (exclusive; null means
/// from the empty tree) to <see cref="HeadSha"/>.
/// </summary>
public sealed record PushRange(string LocalRef, string RemoteRef, string? BaseSha, string HeadSha, int Commits);
