namespace CoeReview.SecuritySuite.Corpus;

/// <summary>One judged line of public code: the sink of a flow, vulnerable or safe, in a test file or not.</summary>
internal sealed record CorpusLabel(string Repo, string Commit, string File, int Line, string Kind, bool Vulnerable, bool InTest)
{
    /// <summary>The finding categories that count for the kind (CoeReview's, or the NetAnalyzers rule it replaced).</summary>
    public bool Counts(string category, string ruleId) => Kind switch
    {
        "zip-slip" => category == "path-traversal" || ruleId == "CA5389",
        _ => category == "hardcoded-secret" || ruleId is "CA5390" or "CA5403",
    };
}
