using CoeReview.Analysis.Rules.DataFlow;
using CoeReview.Analysis.Rules.Performance;
using CoeReview.Analysis.Rules.Security;
using CoeReview.Analysis.Rules.Tests;
using CoeReview.Analysis.Workspace;
using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;

namespace CoeReview.Analysis.Rules;

/// <summary>Runs CoeReview's own rules over the changed files of a project compilation, in parallel per file.</summary>
internal static class CodeRuleRunner
{
    /// <summary>Every rule family, in the order they run.</summary>
    public static IReadOnlyList<ICodeRule> All { get; } =
    [
        new TaintRule(), new InjectionRule(), new DeserializationAndXmlRule(), new SecretsRule(), new CryptoRule(), new TransportRule(),
        new LoopRule(), new CallRule(), new MultipleEnumerationRule(), new TestQualityRule(), new UntestedChangeRule(),
    ];

    // Summed over the files' threads, so they can exceed the stage's wall time.
    private static readonly string[] s_stageNames = [.. All.Select(r => "  rule " + r.GetType().Name)];

    public static IReadOnlyList<Finding> Run(ProjectCompilation project, DiffSet? diff, CancellationToken cancellationToken) => Run(project, diff, null, cancellationToken);

    /// <summary>The rules with what the review's changed tests reach (shared by every project of the review).</summary>
    internal static IReadOnlyList<Finding> Run(ProjectCompilation project, DiffSet? diff, Lazy<TestReach>? tests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        var found = new IReadOnlyList<Finding>[project.ChangedTrees.Count];
        Parallel.For(0, project.ChangedTrees.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var tree = project.ChangedTrees[i];
            var context = new RuleContext(tree, project.ModelOf(tree), diff, project.ScopeOf(tree), cancellationToken) { TestReach = tests };
            for (var r = 0; r < All.Count; r++)
            {
                using var stage = StageProfile.Stage(s_stageNames[r]);
                All[r].Analyze(context);
            }

            found[i] = context.Found;
        });

        // A statement can hold two sinks of one rule (a nested call); one comment per rule and line is enough.
        return found.SelectMany(f => f).DistinctBy(f => (f.RuleId, f.Path, f.Line)).ToList();
    }
}
