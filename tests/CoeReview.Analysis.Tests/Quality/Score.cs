namespace CoeReview.Analysis.Tests.Quality;

/// <summary>True positives, false positives and false negatives, with precision and recall (1.0 when undefined).</summary>
internal readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public bool Reported => TruePositives + FalsePositives > 0;

    public static Score operator +(Score a, Score b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
