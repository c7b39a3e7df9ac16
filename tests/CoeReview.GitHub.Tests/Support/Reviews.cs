using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;
using CoeReview.Core.Simulation;
using CoeReview.GitHub.Api;
using CoeReview.GitHub.Diff;
using CoeReview.GitHub.Tests.StandIn;

namespace CoeReview.GitHub.Tests.Support;

/// <summary>Builds findings and reviews the way the merger leaves them (fingerprint and inDiff filled).</summary>
public static class Reviews
{
    public static Finding Finding(string path, int line, string rule = "COE-SEC-001", Severity severity = Severity.Warning,
        string message = "Query built from user input.", int? endLine = null, string? suggestion = null, bool inDiff = true, string expert = "security")
    {
        return new Finding(expert, rule, "sql-injection", severity, path, line, endLine ?? line, 1, message, suggestion, ["roslyn"], 0.9)
        {
            Fingerprint = Fingerprints.Compute(rule, path, $"code at {line}", 0),
            InDiff = inDiff,
        };
    }

    public static Review Of(params Finding[] findings) => Of(findings, simulation: null);

    public static Review Of(IReadOnlyList<Finding> findings, SimulationReport? simulation, string head = FakeGitHub.DefaultHeadSha)
    {
        var experts = findings.Select(f => f.Expert).Append("syntax").Distinct()
            .Select(e => new ExpertResult(e, ExpertStatus.Ok, null, 1, findings.Where(f => f.Expert == e).ToList(), 12.5))
            .ToList();
        return new Review("/repo", FakeGitHub.DefaultBaseSha, head, "rdu-sim", findings, experts, new RoutingPlan([]),
            new Coverage(2, 3, 3, []), simulation);
    }

    /// <summary>The diff the library would build from the stand-in's files.</summary>
    public static DiffSet DiffOf(FakePullRequest pr) => new("/repo", pr.BaseSha, pr.HeadSha,
        pr.Files.Select(f => GitHubPullRequestDiffSource.ToDiffFile(new PullRequestFileInfo(f.Filename, f.Status, f.Patch, f.PreviousFilename, 1))!).ToList(),
        [], EmptySnapshot.Instance);
}
