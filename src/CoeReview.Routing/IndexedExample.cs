namespace CoeReview.Routing;

/// <summary>One example snippet (or the description) of an expert, with its vector.</summary>
public sealed record IndexedExample(string Expert, string Text, bool IsDescription, float[] Vector);
