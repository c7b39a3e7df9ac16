namespace CoeReview.Core.Routing;

/// <summary>
/// Where a routing keyword counts: from the start of a word (or after an upper-case prefix such as
/// an interface's <c>I</c>) up to the end of one or a case change, so <c>Sql</c> matches
/// <c>SqlCommand</c> and <c>Sql.</c>, <c>Password</c> matches <c>IPasswordHasher</c>, <c>for</c>
/// matches <c>for (</c> but neither <c>LogInformation</c> nor <c>format</c>, and <c>Token</c> does not
/// match <c>CancellationToken</c>.
/// A keyword that starts or ends with a symbol (<c>.Result</c>, <c>[Fact</c>, <c>+=</c>) has no
/// boundary on that side. Matching is case-sensitive, as it always was.
/// </summary>
internal static class KeywordMatch
{
    public static bool In(string text, string keyword)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(keyword);
        if (keyword.Length == 0)
        {
            return false;
        }

        var needsStart = IsWordChar(keyword[0]);
        var needsEnd = IsWordChar(keyword[^1]);
        for (var at = text.IndexOf(keyword, StringComparison.Ordinal); at >= 0; at = text.IndexOf(keyword, at + 1, StringComparison.Ordinal))
        {
            var end = at + keyword.Length;
            // After a lower-case letter or a digit the keyword would be the tail of another word.
            var startsWord = !needsStart || at == 0 || !(char.IsLower(text[at - 1]) || char.IsDigit(text[at - 1]));
            // An upper-case letter after the keyword starts the next part of a PascalCase name.
            var endsWord = !needsEnd || end == text.Length || !(char.IsLower(text[end]) || char.IsDigit(text[end]));
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }

    // '_' separates words (_password, max_retries), so it is not part of one.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
