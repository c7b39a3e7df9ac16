using CoeReview.Analysis.Rules;
using CoeReview.Analysis.Tests.Juliet;
using CoeReview.Analysis.Workspace;
using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit.Abstractions;

namespace CoeReview.Analysis.Tests.Workspace;

public sealed class ChangeScopeTests(ITestOutputHelper output)
{
    private const string Source = """
        using System;

        namespace Shop;

        public sealed class Orders
        {
            private int _count;

            public void Changed(string name)
            {
                Console.WriteLine(name);
            }

            public void Unchanged()
            {
                System.Diagnostics.Process.Start(Console.ReadLine()!);
            }
        }
        """;

    [Fact]
    public void A_line_in_a_method_brings_in_the_whole_method_and_a_line_outside_members_only_itself()
    {
        // Given a file with a field and two methods
        var tree = CSharpSyntaxTree.ParseText(Source);
        var changed = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First();

        // When line 11 (inside Changed) and line 1 (a using directive) change
        var scope = ChangeScope.Of(tree, [11, 1], CancellationToken.None);

        // Then the scope is the using line and the whole of Changed, and Unchanged is outside it
        Assert.False(scope.IsWholeFile);
        Assert.Equal(2, scope.Spans!.Count);
        Assert.True(scope.Intersects(changed.Span));
        Assert.True(scope.Spans[1].Contains(changed.Span));
        var unchanged = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Last();
        Assert.False(scope.Intersects(unchanged.Span));
        Assert.False(scope.Intersects(tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>().Single().Span));
    }

    [Fact]
    public void A_change_to_one_top_level_statement_scopes_the_whole_program()
    {
        var tree = CSharpSyntaxTree.ParseText("using System;\nvar a = 1;\nConsole.WriteLine(a);\n\nstatic int Twice(int x) => 2 * x;\n");

        var scope = ChangeScope.Of(tree, [3], CancellationToken.None);

        Assert.Equal(tree.GetRoot().FullSpan, Assert.Single(scope.Spans!));
    }

    [Fact]
    public async Task A_method_the_change_does_not_touch_is_analysed_only_when_the_filter_shows_whole_files()
    {
        // Given a diff that changes only the body of Changed, while Unchanged starts a process from console input
        var diff = PartialDiffs.Of(new InMemorySnapshot(new Dictionary<string, string> { ["Orders.cs"] = Source }), "/repo", "Orders.cs", new HashSet<int> { 11 });

        // When the engine reviews it scoped to the added lines, and again over whole files
        var scoped = await new RoslynAnalysisEngine(new RoslynAnalysisOptions { NetAnalyzers = false }).AnalyzeAsync(diff, CancellationToken.None);
        var whole = await new RoslynAnalysisEngine(new RoslynAnalysisOptions { NetAnalyzers = false, Scope = AnalysisScope.WholeFiles }).AnalyzeAsync(diff, CancellationToken.None);

        // Then only the whole-file review sees the command injection in Unchanged (line 16)
        Assert.DoesNotContain(scoped, f => f.Line == 16);
        Assert.Contains(whole, f => f.Line == 16 && f.RuleId == CoeRules.CommandInjection.Id);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Findings_on_added_lines_are_the_same_whether_whole_files_or_only_changed_members_are_analysed()
    {
        // Given the Juliet sample where only every other method of each file changed (flows cross methods and files)
        var work = JulietSample.NewWorkFolder();
        var sample = JulietSample.Prepare(Path.Combine(work, "original"));
        var diff = PartialDiffs.EveryOtherMethod(sample.Diff);
        Assert.True(diff.Files.Sum(f => f.AddedLines.Count) > 500);

        // When every rule, the compiler check and NetAnalyzers review it both ways
        var scoped = PartialDiffs.Shown(diff, await new RoslynAnalysisEngine().AnalyzeAsync(diff, CancellationToken.None));
        var whole = PartialDiffs.Shown(diff, await new RoslynAnalysisEngine(new RoslynAnalysisOptions { Scope = AnalysisScope.WholeFiles }).AnalyzeAsync(diff, CancellationToken.None));
        foreach (var lost in whole.Except(scoped))
        {
            output.WriteLine($"lost {lost}");
        }

        // Then the findings a reviewer sees (on added lines) are the same, security flows included
        Assert.Contains(whole, f => f.StartsWith("COE-SEC-", StringComparison.Ordinal));
        Assert.Equal(whole, scoped);
        Directory.Delete(work, recursive: true);
    }

}
