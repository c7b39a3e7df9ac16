using CoeReview.Analysis.Rules.DataFlow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Tests.DataFlow;

public sealed class SinkReachTests
{
    // Callers first, the sink last, and the chain split over two files: reaching must propagate back through every link.
    private const string Callers = """
        public class Entry
        {
            public void Top(string s) => new Middle().Relay(s);
            public void Lonely(string s) => System.Console.WriteLine(s.Length);
            public int Cycle(int n) => n > 0 ? Cycle2(n - 1) : 0;
            public int Cycle2(int n) => Cycle(n);
        }
        public class Middle
        {
            public void Relay(string s) => new Runner().Run(s);
        }
        """;

    private const string Sink = """
        public class Runner
        {
            public void Run(string file) => System.Diagnostics.Process.Start(file);
        }
        """;

    [Fact]
    public void A_member_reaches_a_sink_through_any_chain_of_named_calls_and_one_that_calls_nothing_such_does_not()
    {
        var compilation = CSharpCompilation.Create("Reach", [CSharpSyntaxTree.ParseText(Callers, path: "Callers.cs"), CSharpSyntaxTree.ParseText(Sink, path: "Sink.cs")]);
        var reach = new SinkReach(compilation, CancellationToken.None);
        var methods = compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()).ToDictionary(m => m.Identifier.ValueText);

        Assert.True(reach.MayReach(methods["Run"]));
        Assert.True(reach.MayReach(methods["Relay"]));
        Assert.True(reach.MayReach(methods["Top"]));
        Assert.False(reach.MayReach(methods["Lonely"]));
        Assert.False(reach.MayReach(methods["Cycle"]));
        Assert.False(reach.MayReach(methods["Cycle2"]));
    }
}
