namespace CoeReview.Core.Config;

/// <summary>
/// How a <see cref="ConfigReader"/> words its errors. The file, the line, the key and what the key
/// takes are always there; only the sentence around them differs.
/// </summary>
public enum ConfigWording
{
    /// <summary><c>file:line: key: expected WHAT, got 'VALUE'</c> and <c>unknown key 'k' (allowed: …)</c>: the top-level keys, <c>router:</c> and <c>simulation:</c>.</summary>
    Expected,

    /// <summary>
    /// <c>file:line: key must be WHAT</c> and <c>unknown setting k (known: …)</c>: the <c>remote:</c>
    /// section, whose messages users have quoted since before the other sections had line numbers.
    /// </summary>
    MustBe,
}
