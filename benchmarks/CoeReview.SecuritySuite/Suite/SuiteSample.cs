using CoeReview.Core.Diff;

namespace CoeReview.SecuritySuite;

/// <summary>The sampled, scorable cases, the cases left out (name and why) and the diff that adds the cases' files.</summary>
internal sealed record SuiteSample(IReadOnlyList<CaseFlows> Cases, IReadOnlyList<string> Skipped, int Available, DiffSet Diff);
