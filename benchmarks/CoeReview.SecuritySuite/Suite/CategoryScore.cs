namespace CoeReview.SecuritySuite;

/// <summary>
/// Flow-level counts of one category: TP = bad flows with a finding of the category, FN = bad flows
/// without, FP = safe flows with one plus findings in no flow (Unattributed, counted once per member).
/// SinkHits = TPs with a finding within one line of the Juliet sink.
/// </summary>
internal sealed record CategoryScore(string Category, int TruePositives, int FalsePositives, int FalseNegatives, int Unattributed, int SinkHits)
{
    /// <summary>Null when nothing was reported (precision undefined).</summary>
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision is not { } p || p + Recall == 0 ? 0 : 2 * p * Recall / (p + Recall);

    public static CategoryScore operator +(CategoryScore a, CategoryScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Category, a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives,
            a.Unattributed + b.Unattributed, a.SinkHits + b.SinkHits);
    }
}
