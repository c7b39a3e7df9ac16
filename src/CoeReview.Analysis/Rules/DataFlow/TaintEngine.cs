using System.Runtime.CompilerServices;
using CoeReview.Analysis.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// Interprocedural taint for one compilation: method summaries computed on demand and kept, fields'
/// taint from every method that writes them, and callers found through the <see cref="CompilationIndex"/>.
/// One engine per compilation, shared by the files reviewed in parallel (calls are serialised).
/// </summary>
internal sealed class TaintEngine
{
    private static readonly ConditionalWeakTable<Compilation, TaintEngine> s_engines = new();

    private readonly Compilation _compilation;
    private readonly Lock _gate = new();
    private readonly Dictionary<IMethodSymbol, MethodSummary?> _summaries = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, TaintValue> _fields = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, int> _depthOf = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, int> _fieldDepth = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IMethodSymbol> _provisional = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, IReadOnlyList<IMethodSymbol>> _callers = new(SymbolEqualityComparer.Default);

    // For each method under analysis, innermost last: the shallowest open analysis its result depends on.
    private readonly List<int> _frames = [];
    private readonly Dictionary<IMethodSymbol, MethodFlow> _running = new(SymbolEqualityComparer.Default);
    private CompilationIndex? _index;
    private SinkReach? _reach;

    private TaintEngine(Compilation compilation) => _compilation = compilation;

    public static TaintEngine For(Compilation compilation) => s_engines.GetValue(compilation, c => new TaintEngine(c));

    public T Locked<T>(Func<T> work)
    {
        lock (_gate)
        {
            return work();
        }
    }

    /// <summary>
    /// The method's summary, or null when it has no body here (metadata, abstract, extern) or is being
    /// analysed (recursion). A summary computed while a caller's analysis was still open depends on that
    /// caller's partial state, so it is kept only once the outermost method of the cycle completes.
    /// </summary>
    public MethodSummary? SummaryOf(IMethodSymbol method)
    {
        method = method.PartialImplementationPart ?? method.OriginalDefinition;
        if (_summaries.TryGetValue(method, out var known))
        {
            return known;
        }

        if (_depthOf.TryGetValue(method, out var open))
        {
            DependOn(open);
            return null;
        }

        var depth = _frames.Count;
        _frames.Add(int.MaxValue);
        _depthOf[method] = depth;
        MethodSummary? summary;
        try
        {
            summary = Analyze(method);
        }
        finally
        {
            _depthOf.Remove(method);
        }

        var dependency = _frames[depth];
        _frames.RemoveAt(depth);

        // A method of a cycle is recomputed once the cycle closes, and kept the second time: deep recursion stays linear.
        if (dependency >= depth || !_provisional.Add(method))
        {
            _summaries[method] = summary;
        }
        else
        {
            DependOn(dependency);
        }

        return summary;
    }

    /// <summary>What a field or auto-property may hold anywhere in the compilation: the input its writers store in it.</summary>
    public TaintValue FieldTaint(ISymbol field)
    {
        if (_fields.TryGetValue(field, out var known))
        {
            return known;
        }

        if (_fieldDepth.TryGetValue(field, out var open))
        {
            DependOn(open - 1);
            return TaintValue.Clean;
        }

        _fieldDepth[field] = _frames.Count;
        var value = TaintValue.Clean;
        var complete = true;
        var writers = WritersOf(field, out var initialised);
        if (initialised)
        {
            value = TaintValue.FromLiteral;
        }

        foreach (var writer in writers)
        {
            // A writer still being analysed (it called into this reader) offers what it wrote so far; the answer is then not kept.
            var running = _running.GetValueOrDefault(writer.OriginalDefinition);
            if (running is not null && _depthOf.TryGetValue(writer.OriginalDefinition, out var writerDepth))
            {
                DependOn(writerDepth);
            }

            var writes = running is not null ? running.FieldWritesSoFar : SummaryOf(writer)?.FieldWrites;
            complete &= running is null;
            if (writes?.TryGetValue(field, out var written) == true)
            {
                value = TaintValue.Join(value, written with { Params = 0 });
            }
        }

        _fieldDepth.Remove(field);
        if (complete)
        {
            _fields[field] = value;
        }

        return value;
    }

    private void DependOn(int depth)
    {
        if (_frames.Count > 0)
        {
            _frames[^1] = Math.Min(_frames[^1], depth);
        }
    }

    /// <summary>Methods of the compilation that call the method (or create its type, for a constructor).</summary>
    public IReadOnlyList<IMethodSymbol> CallersOf(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_callers.TryGetValue(method, out var known))
        {
            return known;
        }

        var name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        var callers = new List<IMethodSymbol>();
        foreach (var node in Index.CallsNamed(name))
        {
            if (!CanSee(method, node))
            {
                continue;
            }

            var model = ModelOf(node.SyntaxTree);
            if (model.GetSymbolInfo(node).Symbol is IMethodSymbol called && Same(called, method)
                && model.GetEnclosingSymbol(node.SpanStart) is IMethodSymbol caller && !callers.Contains(caller, SymbolEqualityComparer.Default))
            {
                callers.Add(caller);
            }
        }

        _callers[method] = callers;
        return callers;
    }

    public SemanticModel ModelOf(SyntaxTree tree) => SharedModels.Of(_compilation, tree);

    private CompilationIndex Index => _index ??= new CompilationIndex(_compilation, CancellationToken.None);

    /// <summary>Which members may reach a sink at all, by name (computed once per compilation).</summary>
    public SinkReach Reach => _reach ??= new SinkReach(_compilation, CancellationToken.None);

    private MethodSummary? Analyze(IMethodSymbol method)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            if (syntax is not (BaseMethodDeclarationSyntax { Body: not null } or BaseMethodDeclarationSyntax { ExpressionBody: not null }
                or AccessorDeclarationSyntax { Body: not null } or AccessorDeclarationSyntax { ExpressionBody: not null } or CompilationUnitSyntax
                or ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax }))
            {
                continue;
            }

            ControlFlowGraph? graph;
            try
            {
                graph = ControlFlowGraph.Create(syntax, ModelOf(syntax.SyntaxTree));
            }
            catch (ArgumentException)
            {
                graph = null;
            }

            if (graph is null)
            {
                return null;
            }

            var flow = new MethodFlow(this, method);
            _running[method] = flow;
            try
            {
                return flow.Run(graph, CancellationToken.None);
            }
            finally
            {
                _running.Remove(method);
            }
        }

        return null;
    }

    private List<IMethodSymbol> WritersOf(ISymbol field, out bool initialised)
    {
        initialised = false;
        var writers = new List<IMethodSymbol>();
        foreach (var node in Index.WritesNamed(field.Name))
        {
            if (!CanSee(field, node))
            {
                continue;
            }

            var model = ModelOf(node.SyntaxTree);
            var target = node switch
            {
                AssignmentExpressionSyntax a => model.GetSymbolInfo(a.Left).Symbol,
                _ => model.GetDeclaredSymbol(node),
            };
            if (!SymbolEqualityComparer.Default.Equals(target?.OriginalDefinition, field.OriginalDefinition))
            {
                continue;
            }

            if (node is AssignmentExpressionSyntax && model.GetEnclosingSymbol(node.SpanStart) is IMethodSymbol writer)
            {
                writers.Add(writer);
                writers.AddRange(CallersOf(writer).Take(8));
            }
            else if (node is VariableDeclaratorSyntax { Initializer.Value: var init } && (model.GetConstantValue(init).HasValue || LiteralInitializer.Holds(init, model))
                || node is PropertyDeclarationSyntax { Initializer.Value: var value } && LiteralInitializer.Holds(value, model))
            {
                initialised = true;
            }
        }

        return writers.Distinct<IMethodSymbol>(SymbolEqualityComparer.Default).ToList();
    }

    // Names repeat across types (every class has its _logger): a private member is only used inside its type.
    private static bool CanSee(ISymbol member, SyntaxNode node) =>
        member.DeclaredAccessibility != Accessibility.Private || member.ContainingType is not { } type
        || type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == node.SyntaxTree && r.Span.Contains(node.Span));

    private static bool Same(IMethodSymbol a, IMethodSymbol b) =>
        SymbolEqualityComparer.Default.Equals(a.OriginalDefinition, b.OriginalDefinition) || a.ReducedFrom is { } r && SymbolEqualityComparer.Default.Equals(r.OriginalDefinition, b.OriginalDefinition);
}
