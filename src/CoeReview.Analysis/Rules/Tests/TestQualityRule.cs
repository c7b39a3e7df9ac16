using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>Tests that cannot fail or wait on the clock: no assertion, Thread.Sleep, unawaited async calls, tautological asserts.</summary>
internal sealed class TestQualityRule : ICodeRule
{
    private static readonly string[] s_assertPrefixes = ["Assert", "Verify", "Should", "Expect", "Ensure", "Check", "Throws", "Received", "DidNotReceive", "Validate", "Snapshot", "Match"];

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CoeRules.TestWithoutAssertion, CoeRules.SleepInTest, CoeRules.UnawaitedInTest, CoeRules.TautologicalAssertion];

    public void Analyze(RuleContext context)
    {
        if (!context.IsTestFile)
        {
            return;
        }

        foreach (var method in context.Nodes().OfType<MethodDeclarationSyntax>().Where(TestFiles.IsTestMethod))
        {
            var body = (SyntaxNode?)method.Body ?? method.ExpressionBody;
            if (body is null)
            {
                continue;
            }

            var calls = body.DescendantNodes().OfType<InvocationExpressionSyntax>().ToList();
            CheckAssertions(context, method, body, calls);
            foreach (var call in calls)
            {
                CheckCall(context, call, method);
            }
        }
    }

    private static void CheckAssertions(RuleContext context, MethodDeclarationSyntax method, SyntaxNode body, List<InvocationExpressionSyntax> calls)
    {
        var asserts = calls.Any(c => IsAssertion(c)) || body.DescendantNodes().OfType<ThrowStatementSyntax>().Any()
            || method.AttributeLists.SelectMany(l => l.Attributes).Any(a => TestFiles.AttributeName(a) is "ExpectedException");
        if (asserts)
        {
            return;
        }

        var last = method.Body?.Statements.LastOrDefault() ?? body;
        context.Report(CoeRules.TestWithoutAssertion, last,
            $"Test '{method.Identifier.ValueText}' checks nothing: with no assertion it passes whatever the code under test returns.",
            "Assert on the result or the observable effect (Assert.Equal(expected, actual)).", 0.9);
    }

    private static bool IsAssertion(InvocationExpressionSyntax call)
    {
        var name = CodeFacts.NameOf(call) ?? "";
        var receiver = CodeFacts.ReceiverName(call) ?? "";
        return s_assertPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal) || receiver.StartsWith(p, StringComparison.Ordinal))
            || receiver is "Assert" or "ClassicAssert" or "CollectionAssert" or "StringAssert" or "Approvals" or "Verifier" || name is "Be" or "BeEquivalentTo" or "Fail";
    }

    private static void CheckCall(RuleContext context, InvocationExpressionSyntax call, MethodDeclarationSyntax method)
    {
        var name = CodeFacts.NameOf(call);
        var receiver = CodeFacts.ReceiverName(call);
        if (name == "Sleep" && receiver == "Thread" || name == "Wait" && CodeFacts.ReceiverOf(call) is InvocationExpressionSyntax d && CodeFacts.NameOf(d) == "Delay")
        {
            context.Report(CoeRules.SleepInTest, CodeFacts.StatementOf(call),
                "Sleeping in a test makes it slow and flaky: the wait is either too long or, on a busy machine, too short.",
                "Await the condition itself (a TaskCompletionSource, polling with a timeout) or inject a fake TimeProvider.", 0.9);
        }
        else if (call.Parent is ExpressionStatementSyntax && IsAsyncCall(call, context) && !IsAssertion(call))
        {
            context.Report(CoeRules.UnawaitedInTest, CodeFacts.StatementOf(call),
                $"{name} is not awaited, so the test can finish before it runs and its failures are lost.",
                method.Modifiers.Any(SyntaxKind.AsyncKeyword) ? "await " + call + ";" : "Make the test async Task and await " + call + ".", 0.9);
        }
        else if (IsTautology(call, context.Model))
        {
            context.Report(CoeRules.TautologicalAssertion, CodeFacts.StatementOf(call),
                $"This assertion compares constants or an expression with itself, so it can never fail.",
                "Assert on the value the code under test produced.", 0.95);
        }
    }

    private static bool IsAsyncCall(InvocationExpressionSyntax call, RuleContext context)
    {
        if (CodeFacts.TypeOf(call, context.Model) is { } type)
        {
            return type.Name is "Task" or "ValueTask";
        }

        return CodeFacts.NameOf(call)?.EndsWith("Async", StringComparison.Ordinal) == true;
    }

    private static bool IsTautology(InvocationExpressionSyntax call, SemanticModel model)
    {
        var name = CodeFacts.NameOf(call);
        var receiver = CodeFacts.ReceiverName(call);
        var args = call.ArgumentList.Arguments.Select(a => a.Expression).ToList();
        if (receiver is "Assert" or "ClassicAssert")
        {
            return name switch
            {
                "True" or "IsTrue" or "That" when args.Count >= 1 => args[0].IsKind(SyntaxKind.TrueLiteralExpression),
                "False" or "IsFalse" when args.Count >= 1 => args[0].IsKind(SyntaxKind.FalseLiteralExpression),
                "Equal" or "AreEqual" or "Same" or "AreSame" or "StrictEqual" when args.Count >= 2 => SameOrConstant(args[0], args[1], model),
                "NotNull" or "IsNotNull" when args.Count >= 1 => args[0] is BaseObjectCreationExpressionSyntax || args[0] is LiteralExpressionSyntax { Token.Value: not null },
                _ => false,
            };
        }

        // FluentAssertions / Shouldly: x.Should().Be(x), x.ShouldBe(x).
        if (name is "Be" or "ShouldBe" or "BeSameAs" && args.Count >= 1 && CodeFacts.ReceiverOf(call) is { } r)
        {
            var subject = r is InvocationExpressionSyntax should && CodeFacts.NameOf(should) == "Should" ? CodeFacts.ReceiverOf(should) : name == "ShouldBe" ? r : null;
            return subject is not null && SameOrConstant(subject, args[0], model);
        }

        return false;
    }

    private static bool SameOrConstant(ExpressionSyntax a, ExpressionSyntax b, SemanticModel model) =>
        a.IsEquivalentTo(b, topLevel: false) && a is not InvocationExpressionSyntax || CodeFacts.IsConstant(a, model) && CodeFacts.IsConstant(b, model);
}
