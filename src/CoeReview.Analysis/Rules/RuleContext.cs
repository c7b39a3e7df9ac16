using CoeReview.Analysis.Rules.Flow;
using CoeReview.Analysis.Rules.Tests;
using CoeReview.Analysis.Workspace;
using CoeReview.Core.Diff;
using CoeReview.Core.Findings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules;

/// <summary>What a rule sees of one changed file: its tree, the shared semantic model, the diff, and where to report.</summary>
internal sealed class RuleContext
{
    private readonly List<Finding> _found = [];
    private readonly Dictionary<SyntaxNode, TaintAnalysis> _taint = [];

    public RuleContext(SyntaxTree tree, SemanticModel model, DiffSet? diff, CancellationToken cancellationToken)
        : this(tree, model, diff, ChangeScope.WholeFile, cancellationToken)
    {
    }

    public RuleContext(SyntaxTree tree, SemanticModel model, DiffSet? diff, ChangeScope scope, CancellationToken cancellationToken)
    {
        Scope = scope ?? throw new ArgumentNullException(nameof(scope));
        Tree = tree ?? throw new ArgumentNullException(nameof(tree));
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Diff = diff;
        CancellationToken = cancellationToken;
        Root = tree.GetRoot(cancellationToken);
        IsTestFile = TestFiles.IsTestFile(tree, cancellationToken);
    }

    public SyntaxTree Tree { get; }

    /// <summary>The part of the file the review can show; rules look only there.</summary>
    public ChangeScope Scope { get; }

    public SyntaxNode Root { get; }

    public SemanticModel Model { get; }

    public DiffSet? Diff { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>True for a test project's file or a file that declares test methods.</summary>
    public bool IsTestFile { get; }

    /// <summary>What the changed tests of the review reach, computed once on first use; null when the caller has no compilations of them (the rule then reads the tests by name).</summary>
    internal Lazy<TestReach>? TestReach { get; init; }

    public IReadOnlyList<Finding> Found => _found;

    /// <summary>The file's nodes in scope (all of them for a whole file): what rules walk.</summary>
    public IEnumerable<SyntaxNode> Nodes() =>
        Scope.IsWholeFile ? Root.DescendantNodes() : Root.DescendantNodes(n => Scope.Intersects(n.FullSpan)).Where(n => Scope.Intersects(n.FullSpan));

    /// <summary>The in-method data flow of the member that holds the node (computed once per member).</summary>
    public TaintAnalysis TaintAt(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var member = node.AncestorsAndSelf().FirstOrDefault(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax
            or AccessorDeclarationSyntax or GlobalStatementSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax) ?? Root;
        if (member is GlobalStatementSyntax)
        {
            member = Root;
        }

        if (!_taint.TryGetValue(member, out var analysis))
        {
            _taint[member] = analysis = new TaintAnalysis(member, Model, CancellationToken);
        }

        return analysis;
    }

    /// <summary>Reports a finding on the line(s) of the node: the sink or statement a reviewer would comment on.</summary>
    public void Report(RuleDescriptor rule, SyntaxNode at, string message, string? suggestion = null, double confidence = 0.9)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(at);
        Report(rule, at.GetLocation(), message, suggestion, confidence);
    }

    /// <summary>Reports on a location, which may lie in another file of the compilation (a sink the changed code reaches).</summary>
    public void Report(RuleDescriptor rule, Location location, string message, string? suggestion = null, double confidence = 0.9, Severity? severity = null,
        IReadOnlyList<FlowStep>? flow = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(location);
        var span = location.GetLineSpan();
        _found.Add(new Finding("", rule.Id, rule.Category, severity ?? rule.DefaultSeverity, location.SourceTree?.FilePath ?? Tree.FilePath,
            span.StartLinePosition.Line + 1, span.EndLinePosition.Line + 1, span.StartLinePosition.Character + 1,
            message, suggestion, ["roslyn"], confidence)
        { Flow = flow ?? [] });
    }
}
