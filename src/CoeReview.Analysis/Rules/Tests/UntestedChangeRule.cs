using System.Runtime.CompilerServices;
using CoeReview.Core.Diff;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>
/// A public or internal member (<see cref="ChangedMember"/>) whose behaviour the change touches (not
/// only comments, layout or a null-forgiving '!'), outside benchmarks, that no changed test reaches by
/// symbol (<see cref="TestReach"/>): a note for the reviewer, not an error.
/// </summary>
internal sealed class UntestedChangeRule : ICodeRule
{
    // Without the engine's compilations of the tests (CodeRuleRunner.Run on its own), they are read by name, once per diff.
    private static readonly ConditionalWeakTable<DiffSet, TestReach> s_byName = [];

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CoeRules.UntestedChange];

    public void Analyze(RuleContext context)
    {
        if (context.IsTestFile || context.Diff?.Find(context.Tree.FilePath) is not { } file || file.AddedLines.Count == 0 || IsBenchmark(context.Tree.FilePath))
        {
            return;
        }

        var text = context.Tree.GetText(context.CancellationToken);
        TestReach? tests = null;
        var untested = new List<(TypeDeclarationSyntax Type, string Member, int Line)>();
        foreach (var member in context.Nodes().Select(ChangedMember.Of).OfType<ChangedMember>())
        {
            var first = text.Lines.GetLineFromPosition(member.Body.SpanStart).LineNumber + 1;
            var last = text.Lines.GetLineFromPosition(member.Body.Span.End).LineNumber + 1;
            var changed = file.AddedLines.Where(l => l >= first && l <= last).Order().ToList();
            if (changed.Count == 0 || !BehaviourChange.Within(file, first, last))
            {
                continue;
            }

            // Only now the changed tests are walked (once per review): a change that touches no behaviour binds none of them.
            tests ??= context.TestReach?.Value ?? s_byName.GetValue(context.Diff, TestReach.TextOnly);
            if (!tests.Covers(member.SymbolIn(context.Model, context.CancellationToken), member.TypeName, member.Name))
            {
                untested.Add((member.Type, member.Display, changed[0]));
            }
        }

        foreach (var group in untested.GroupBy(u => u.Type))
        {
            var names = group.Select(u => u.Member).Distinct(StringComparer.Ordinal).ToList();
            var line = text.Lines[group.First().Line - 1];
            // The engine folds these into one summary note per review; the message carries the members it names.
            context.Report(CoeRules.UntestedChange, Location.Create(context.Tree, line.Span), string.Join(", ", names), null, 0.6);
        }
    }

    // Benchmarks measure code; nobody writes tests for them.
    private static bool IsBenchmark(string path) => path.Split('/', '\\').Any(segment => segment.Contains("benchmark", StringComparison.OrdinalIgnoreCase));
}
