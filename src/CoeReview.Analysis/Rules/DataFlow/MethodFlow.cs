using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// Flow-sensitive taint over one method's control-flow graph, by symbol: a forward analysis to a
/// fixed point, where branches refine what a guard checked and calls into the compilation apply the
/// callee's summary. The result is the method's <see cref="MethodSummary"/>.
/// </summary>
internal sealed partial class MethodFlow
{
    private const int MaxPasses = 30;

    private readonly TaintEngine _engine;
    private readonly IMethodSymbol _method;
    private readonly Dictionary<(int Start, string Path, SinkKinds Kind), TaintHit> _hits = [];
    private readonly Dictionary<(int Ordinal, SinkKinds Kind, int Start, string Path), ParamSink> _sinks = [];
    private readonly Dictionary<ISymbol, TaintValue> _fieldWrites = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<CaptureId, ISymbol> _aliases = [];

    // An assignment whose value has control flow (x ?? y, a ? b : c) captures its target first: aes.Key, cmd.CommandText.
    private readonly Dictionary<CaptureId, IOperation> _capturedTargets = [];
    private readonly Stack<ControlFlowGraph> _graphs = new();
    private bool _routeHandlerArguments;

    public MethodFlow(TaintEngine engine, IMethodSymbol method)
    {
        _engine = engine;
        _method = method;
    }

    /// <summary>The fields written so far, for a reader that this method's own analysis reached (a cycle).</summary>
    public IReadOnlyDictionary<ISymbol, TaintValue> FieldWritesSoFar => _fieldWrites;

    public MethodSummary Run(ControlFlowGraph graph, CancellationToken cancellationToken)
    {
        var entry = new FlowState();
        foreach (var p in _method.Parameters)
        {
            var value = TaintValue.FromParameter(p.Ordinal);
            if (SourceCatalog.IsEntryParameter(p))
            {
                // Command-line arguments come from whoever starts the process, not from a web page.
                var input = _method.Name is "Main" or "<Main>$"
                    ? TaintValue.FromSource($"the command-line argument '{p.Name}'", p.Locations.FirstOrDefault()).Sanitized(SinkKinds.Html | SinkKinds.Header | SinkKinds.Redirect)
                    : TaintValue.FromSource($"the request's '{p.Name}'", p.Locations.FirstOrDefault());
                value = input with { Params = value.Params };
            }

            entry.Set(p, value);
        }

        var (returns, exit) = RunGraph(graph, entry, cancellationToken);
        foreach (var local in graph.LocalFunctions)
        {
            RunGraph(graph.GetLocalFunctionControlFlowGraph(local, cancellationToken), exit ?? entry, cancellationToken);
        }

        var effects = new Dictionary<int, TaintValue>();
        foreach (var p in _method.Parameters)
        {
            var end = exit?.Get(p) ?? TaintValue.Clean;
            if (end.Source || end.Literal || (end.Params & ~(1UL << Math.Min(p.Ordinal, 63))) != 0 || p.RefKind == RefKind.Out && end != TaintValue.Clean)
            {
                effects[p.Ordinal] = end;
            }
        }

        return new MethodSummary(returns, [.. _sinks.Values], effects, _fieldWrites, [.. _hits.Values]);
    }

    private (TaintValue Returns, FlowState? Exit) RunGraph(ControlFlowGraph graph, FlowState entry, CancellationToken cancellationToken)
    {
        _graphs.Push(graph);
        var blocks = graph.Blocks;
        var fall = new FlowState?[blocks.Length];
        var conditional = new FlowState?[blocks.Length];
        var returns = TaintValue.Clean;
        FlowState? exit = null;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changed = false;
            foreach (var block in blocks)
            {
                var input = block.Kind == BasicBlockKind.Entry ? entry : InputOf(block, fall, conditional);
                if (input is null)
                {
                    continue;
                }

                if (block.Kind == BasicBlockKind.Exit)
                {
                    exit = input;
                    continue;
                }

                var state = input.Clone();
                foreach (var op in block.Operations)
                {
                    Eval(op, state);
                }

                FlowState onFall = state, onBranch = state;
                if (block.BranchValue is { } branch)
                {
                    var value = Eval(branch, state);
                    if (block.ConditionKind == ControlFlowConditionKind.None && block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return)
                    {
                        returns = TaintValue.Join(returns, value);
                    }
                    else if (block.ConditionKind != ControlFlowConditionKind.None)
                    {
                        var jumpsWhenTrue = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
                        onBranch = Refine(state, branch, jumpsWhenTrue);
                        onFall = Refine(state, branch, !jumpsWhenTrue);
                    }
                }

                changed |= Update(fall, block.Ordinal, onFall) | Update(conditional, block.Ordinal, onBranch);
            }

            if (!changed)
            {
                break;
            }
        }

        _graphs.Pop();
        return (returns, exit);
    }

    private static FlowState? InputOf(BasicBlock block, FlowState?[] fall, FlowState?[] conditional)
    {
        FlowState? input = null;
        foreach (var edge in block.Predecessors)
        {
            var from = edge.IsConditionalSuccessor ? conditional[edge.Source.Ordinal] : fall[edge.Source.Ordinal];
            if (from is not null)
            {
                input = input is null ? from : FlowState.Join(input, from);
            }
        }

        return input;
    }

    private static bool Update(FlowState?[] states, int ordinal, FlowState state)
    {
        if (states[ordinal] is { } old && old.SameAs(state))
        {
            return false;
        }

        states[ordinal] = state;
        return true;
    }

    private void RecordHit(SinkKinds kind, string what, Location location, TaintValue value, Location? callSite, bool fromCaller = false)
    {
        var span = location.GetLineSpan();
        _hits[(location.SourceSpan.Start, span.Path, kind)] = new TaintHit(kind, what, location, value, callSite) { FromCaller = fromCaller };
    }

    private void RecordParamSinks(TaintValue value, SinkKinds kind, string what, Location location, bool built, string? path)
    {
        for (var bits = value.Params; bits != 0; bits &= bits - 1)
        {
            var ordinal = System.Numerics.BitOperations.TrailingZeroCount(bits);
            if (ordinal < _method.Parameters.Length)
            {
                _sinks[(ordinal, kind, location.SourceSpan.Start, location.GetLineSpan().Path)] = new ParamSink(ordinal, kind, what, location, built || value.Built, path ?? value.Path);
            }
        }
    }

    /// <summary>A value reaching a sink of this method: a hit when it carries input, a summary entry when it carries parameters.</summary>
    private void AtSink(SinkSpec spec, TaintValue value, IOperation sink, IOperation? argument)
    {
        var location = sink.Syntax.GetLocation();
        if (spec.Kind == SinkKinds.Credential)
        {
            if (spec.NeedsPasswordText && !MentionsPassword(argument))
            {
                return;
            }

            if (value.IsHardcoded)
            {
                RecordHit(spec.Kind, spec.What, location, value, null);
            }
        }
        else if (value.Reaches(spec.Kind))
        {
            RecordHit(spec.Kind, spec.What, location, value, null);
        }

        if ((value.Open & spec.Kind) != 0 || spec.Kind == SinkKinds.Credential)
        {
            RecordParamSinks(value, spec.Kind, spec.What, location, value.Built, null);
        }
    }

    private static bool MentionsPassword(IOperation? argument) => argument is not null && argument.DescendantsAndSelf()
        .Any(o => o.ConstantValue is { HasValue: true, Value: string text } && (text.Contains("password", StringComparison.OrdinalIgnoreCase) || text.Contains("pwd", StringComparison.OrdinalIgnoreCase)));
}
