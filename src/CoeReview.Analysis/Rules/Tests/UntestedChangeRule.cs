using System.Runtime.CompilerServices;
using CoeReview.Core.Diff;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>
/// A public or internal method whose behaviour the change touches (not only comments, layout or a
/// null-forgiving '!'), outside benchmarks, while no test file in the change mentions its type or its
/// name: a note for the reviewer, not an error.
/// </summary>
internal sealed class UntestedChangeRule : ICodeRule
{
    private static readonly ConditionalWeakTable<DiffSet, string> s_testText = [];

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CoeRules.UntestedChange];

    public void Analyze(RuleContext context)
    {
        if (context.IsTestFile || context.Diff?.Find(context.Tree.FilePath) is not { } file || file.AddedLines.Count == 0 || IsBenchmark(context.Tree.FilePath))
        {
            return;
        }

        var tests = s_testText.GetValue(context.Diff, TestText);
        var text = context.Tree.GetText(context.CancellationToken);
        var untested = new List<(TypeDeclarationSyntax Type, string Method, int Line)>();
        foreach (var method in context.Nodes().OfType<MethodDeclarationSyntax>())
        {
            var body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
            if (body is null || !(method.Modifiers.Any(SyntaxKind.PublicKeyword) || method.Modifiers.Any(SyntaxKind.InternalKeyword))
                || method.Parent is not TypeDeclarationSyntax type)
            {
                continue;
            }

            var first = text.Lines.GetLineFromPosition(body.SpanStart).LineNumber + 1;
            var last = text.Lines.GetLineFromPosition(body.Span.End).LineNumber + 1;
            var changed = file.AddedLines.Where(l => l >= first && l <= last).Order().ToList();
            if (changed.Count == 0 || !BehaviourChange.Within(file, first, last))
            {
                continue;
            }

            var typeName = type.Identifier.ValueText;
            var methodName = method.Identifier.ValueText;
            if (Mentions(tests, typeName) || Mentions(tests, methodName))
            {
                continue;
            }

            untested.Add((type, methodName, changed[0]));
        }

        foreach (var group in untested.GroupBy(u => u.Type))
        {
            var names = group.Select(u => u.Method).Distinct(StringComparer.Ordinal).ToList();
            var typeName = group.Key.Identifier.ValueText;
            var line = text.Lines[group.First().Line - 1];
            // The engine folds these into one summary note per review; the message carries the members it names.
            context.Report(CoeRules.UntestedChange, Location.Create(context.Tree, line.Span), string.Join(", ", names.Select(n => typeName + "." + n)), null, 0.6);
        }
    }

    // Benchmarks measure code; nobody writes tests for them.
    private static bool IsBenchmark(string path) => path.Split('/', '\\').Any(segment => segment.Contains("benchmark", StringComparison.OrdinalIgnoreCase));

    private static bool Mentions(string tests, string name) =>
        tests.Length > 0 && System.Text.RegularExpressions.Regex.IsMatch(tests, $@"\b{System.Text.RegularExpressions.Regex.Escape(name)}\b");

    private static string TestText(DiffSet diff) => string.Join('\n', diff.Files
        .Where(f => f.Kind != FileChangeKind.Deleted && f.Extension == ".cs" && (TestFiles.IsTestPath(f.Path) || IsTestSource(diff.Snapshot.ReadText(f.Path))))
        .Select(f => diff.Snapshot.ReadText(f.Path) ?? ""));

    private static bool IsTestSource(string? text) => text is not null && TestFiles.MayHaveTestMethods(text) && TestFiles.HasTestMethods(CSharpSyntaxTree.ParseText(text).GetRoot());
}
