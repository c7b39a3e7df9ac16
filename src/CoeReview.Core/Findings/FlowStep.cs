namespace CoeReview.Core.Findings;

/// <summary>One step of the path a finding's data took (source, call, sink), for SARIF's codeFlows.</summary>
public sealed record FlowStep(string Path, int Line, string Message);
