using CoeReview.Core.Findings;

namespace CoeReview.Analysis.Rules;

/// <summary>One of CoeReview's own rules: its id (COE-SEC-*, COE-PERF-*, COE-TEST-*), category, default severity and title.</summary>
public sealed record RuleDescriptor(string Id, string Category, Severity DefaultSeverity, string Title);
