using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.SecuritySuite;

/// <summary>
/// The flows of a case read from its syntax: every method with its flow key, the flows present and the
/// bad flow's sink line. Syntax is enough: Juliet encodes the flow in method and class names.
/// </summary>
internal sealed record CaseFlows(JulietCase Case, IReadOnlyList<FlowMethod> Methods, IReadOnlyList<string> Flows, SinkLine? BadSink)
{
    // Most cases mark the flaw "POTENTIAL FLAW"; the weak-PRNG, crypto and credential ones "/* FLAW:".
    private static readonly string[] s_flawMarks = ["POTENTIAL FLAW", "/* FLAW"];

    /// <summary>True when the case has the bad flow and at least one safe flow, so both recall and precision can be measured.</summary>
    public bool IsScorable => Flows.Contains(FlowKey.Bad) && Flows.Any(f => f != FlowKey.Bad);

    public IEnumerable<string> SafeFlows => Flows.Where(f => f != FlowKey.Bad);

    public static CaseFlows Parse(JulietCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var methods = new List<FlowMethod>();
        var sinkCandidates = new List<(FlowMethod Method, bool IsSink, int? Line)>();
        foreach (var file in c.Files)
        {
            var path = c.RepoPath(file);
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: path).GetRoot();
            foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                var className = method.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "";
                var span = method.GetLocation().GetLineSpan();
                var name = method.Identifier.ValueText;
                var flow = new FlowMethod(path, $"{className}.{name}", FlowKey.Of(className, name), span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1);
                methods.Add(flow);
                if (flow.Flow == FlowKey.Bad)
                {
                    var isSink = name.Contains("Sink", StringComparison.Ordinal) || (className.EndsWith("_bad", StringComparison.Ordinal) && name == "Action");
                    sinkCandidates.Add((flow, isSink, LastFlawLine(method)));
                }
            }
        }

        var flows = methods.Select(m => m.Flow).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new CaseFlows(c, methods, flows, BadSinkOf(sinkCandidates));
    }

    /// <summary>The method enclosing a line of a case file, innermost first; null outside every method.</summary>
    public FlowMethod? MethodAt(string path, int line) => Methods
        .Where(m => m.Path == path && m.Encloses(line))
        .OrderBy(m => m.EndLine - m.StartLine)
        .FirstOrDefault();

    // A method named *Sink (or variant 81's _bad.Action) holds the sink; without one, Bad() holds source and sink, the sink last.
    private static SinkLine? BadSinkOf(List<(FlowMethod Method, bool IsSink, int? Line)> candidates)
    {
        var pick = candidates.LastOrDefault(x => x.IsSink && x.Line is not null);
        if (pick.Method is null)
        {
            pick = candidates.LastOrDefault(x => x.Line is not null);
        }

        return pick.Method is null ? null : new SinkLine(pick.Method.Path, pick.Line!.Value, pick.Method.Method);
    }

    private static int? LastFlawLine(MethodDeclarationSyntax method)
    {
        int? last = null;
        foreach (var trivia in method.DescendantTrivia())
        {
            if ((trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
                && s_flawMarks.Any(m => trivia.ToString().Contains(m, StringComparison.Ordinal)))
            {
                // The comment leads the statement it marks; a trailing comment marks the next token's statement.
                var token = trivia.Token.LeadingTrivia.Contains(trivia) ? trivia.Token : trivia.Token.GetNextToken();
                last = token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            }
        }

        return last;
    }
}
