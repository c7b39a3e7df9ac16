namespace CoeReview.Evaluation;

/// <summary>One expert's line in the routing table: hunks labelled for it, hunks routed to it, recall and precision.</summary>
public sealed record ExpertScore(string Expert, int Labelled, int Routed, double Recall, double Precision);
