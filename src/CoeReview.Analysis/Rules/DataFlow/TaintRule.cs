using System.Diagnostics;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// Untrusted input reaching a sink, and literals reaching a credential, found by the interprocedural
/// <see cref="TaintEngine"/> for every method of a changed file, and for callers elsewhere whose input
/// reaches a sink here. Reported on the sink's line (or, when the sink's file is not in the change, on
/// the call that carries the input), with the source and the path in the message.
/// </summary>
internal sealed class TaintRule : ICodeRule
{
    private const int MaxCallers = 16;
    // A public method's caller is trusted for what it passes, except text built into a query, command or path under a root.
    private const SinkKinds QueryKinds = SinkKinds.Sql | SinkKinds.Command | SinkKinds.Ldap | SinkKinds.XPath | SinkKinds.Path;

    public IReadOnlyList<RuleDescriptor> Rules { get; } =
    [
        CoeRules.SqlInjection, CoeRules.CommandInjection, CoeRules.LdapInjection, CoeRules.XPathInjection, CoeRules.Xss, CoeRules.PathTraversal,
        CoeRules.OpenRedirect, CoeRules.Ssrf, CoeRules.HeaderInjection, CoeRules.HardcodedSecret,
    ];

    public void Analyze(RuleContext context)
    {
        var engine = TaintEngine.For(context.Model.Compilation);
        // The engine is shared by the files' threads and serialised: the profile tells the wait from the work.
        var asked = Stopwatch.GetTimestamp();
        var hits = engine.Locked(() =>
        {
            StageProfile.Add("  taint: waiting for the engine", Stopwatch.GetElapsedTime(asked).TotalMilliseconds);
            return Collect(engine, context);
        });
        foreach (var (hit, at) in hits)
        {
            if (hit.Kind == SinkKinds.Credential && (InTestCode(at, context) || hit.CallSite is { } site && InTestCode(site, context)))
            {
                continue; // a test's key, password or certificate is a fixture, not a leaked secret (as for the secrets rule)
            }

            var (rule, message, suggestion) = TaintMessages.Of(hit);
            var confidence = hit.FromCaller ? 0.6 : hit.Kind == SinkKinds.Credential ? 0.9 : 0.95;
            context.Report(rule, at, message, suggestion, confidence, hit.FromCaller ? Severity.Warning : null, FlowOf(hit));
        }
    }

    private static List<(TaintHit Hit, Location At)> Collect(TaintEngine engine, RuleContext context)
    {
        var found = new List<(TaintHit, Location)>();
        // A program of top-level statements is the synthesized Main of its compilation unit.
        var members = context.Nodes().Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax);
        if (context.Root is CompilationUnitSyntax unit && unit.Members.OfType<GlobalStatementSyntax>().Any(g => context.Scope.Intersects(g.FullSpan)))
        {
            members = members.Prepend(unit);
        }

        foreach (var initializer in context.Nodes().OfType<EqualsValueClauseSyntax>())
        {
            found.AddRange(InitializerSinks.Of(initializer, context.Model, context.CancellationToken).Select(h => (h, h.Location)));
        }

        foreach (var node in members)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (!engine.Reach.MayReach(node))
            {
                continue; // no sink, no sink type and nothing that leads to one is named here: no flow can end in it
            }

            if (context.Model.GetDeclaredSymbol(node, context.CancellationToken) is not IMethodSymbol method || engine.SummaryOf(method) is not { } summary)
            {
                continue;
            }

            foreach (var hit in summary.Hits)
            {
                if (Placement(hit, context) is { } at)
                {
                    found.Add((hit, at));
                }
            }

            if (summary.Sinks.Count == 0)
            {
                continue;
            }

            var callers = engine.CallersOf(method);
            if (callers.Count == 0 && IsPublicApi(method))
            {
                found.AddRange(summary.Sinks.Where(s => (s.Kind & QueryKinds) != 0 && s.Built && IsText(method, s.Ordinal))
                    .Select(s => (new TaintHit(s.Kind, s.What, s.Location, TaintValue.FromSource($"the parameter '{method.Parameters[s.Ordinal].Name}' of public {method.Name}"), null) { FromCaller = true }, s.Location)));
            }

            foreach (var caller in callers.Take(MaxCallers))
            {
                // Callers analysed as members of this file report their own hits; the others (elsewhere, or out of scope here) are asked.
                if (caller.DeclaringSyntaxReferences.All(r => r.SyntaxTree != context.Tree || !context.Scope.Intersects(r.Span)) && engine.SummaryOf(caller) is { } outer)
                {
                    found.AddRange(outer.Hits.Where(h => h.Location.SourceTree == context.Tree).Select(h => (h, h.Location)));
                }
            }
        }

        return found;
    }

    // Source, the call that carries it (when the sink is in a callee), sink: SARIF's codeFlow.
    private static List<FlowStep> FlowOf(TaintHit hit)
    {
        var steps = new List<FlowStep>();
        if (hit.Value.OriginAt is { SourceTree: not null } source)
        {
            steps.Add(Step(source, $"input: {hit.Value.Origin}"));
        }

        if (hit.CallSite is { SourceTree: not null } call)
        {
            steps.Add(Step(call, "passed on" + (hit.Value.Path is { } p ? $" via {p}" : "")));
        }

        steps.Add(Step(hit.Location, $"reaches {hit.What}"));
        return steps.Count > 1 ? steps : [];
    }

    private static FlowStep Step(Location location, string message) =>
        new(location.SourceTree!.FilePath, location.GetLineSpan().StartLinePosition.Line + 1, message);

    // The sink's line when the reviewer sees it; else the call in this file that carries the input there.
    private static Location? Placement(TaintHit hit, RuleContext context)
    {
        if (hit.Location.SourceTree == context.Tree || context.Diff is null || hit.Location.SourceTree is { } tree && context.Diff.Find(tree.FilePath) is not null)
        {
            return hit.Location;
        }

        return hit.CallSite is { SourceTree: var site } && site == context.Tree ? hit.CallSite : null;
    }

    private static bool InTestCode(Location location, RuleContext context) => location.SourceTree is { } tree
        && (tree == context.Tree ? context.IsTestFile : TestFiles.IsTestFile(tree, context.CancellationToken));

    private static bool IsPublicApi(IMethodSymbol method) =>
        method.DeclaredAccessibility == Accessibility.Public && method.ContainingType.DeclaredAccessibility == Accessibility.Public && method.MethodKind == MethodKind.Ordinary;

    private static bool IsText(IMethodSymbol method, int ordinal) =>
        ordinal < method.Parameters.Length && method.Parameters[ordinal].Type.SpecialType is SpecialType.System_String or SpecialType.System_Object;
}
