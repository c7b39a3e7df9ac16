using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CoeReview.Analysis.Rules.DataFlow;

internal sealed partial class MethodFlow
{
    private static readonly HashSet<string> s_appenders = new(StringComparer.Ordinal)
    {
        "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "Add", "AddRange", "Push", "Enqueue", "TryAdd", "Set", "AddFirst", "AddLast", "Write", "WriteLine",
    };

    private TaintValue Invoke(IInvocationOperation call, FlowState s)
    {
        var method = call.TargetMethod;
        var receiver = Eval(call.Instance, s);
        var routeHandler = method.Name.StartsWith("Map", StringComparison.Ordinal) && method.ContainingType.Name.Contains("EndpointRouteBuilder", StringComparison.Ordinal);
        var outer = _routeHandlerArguments;
        _routeHandlerArguments = routeHandler;
        var args = Arguments(call.Arguments, method.Parameters.Length, s);
        _routeHandlerArguments = outer;

        var isSink = false;
        foreach (var spec in SinkCatalog.ForMethod(method, call.Instance?.Type))
        {
            isSink = true;
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } p && spec.Parameters.Contains(p.Name))
                {
                    AtSink(spec, args[p.Ordinal], call, argument.Value);
                }
            }
        }

        if (SourceCatalog.OfFiller(method) is { } filled && call.Arguments.FirstOrDefault(a => a.Parameter?.Type is IArrayTypeSymbol) is { } buffer)
        {
            Mutate(buffer.Value, TaintValue.FromSource(filled, call.Syntax.GetLocation()), s);
        }

        var all = TaintValue.Combine(receiver, args.Aggregate(TaintValue.Clean, TaintValue.Combine));
        if (call.Instance is not null && s_appenders.Contains(method.Name) && !method.Locations.Any(l => l.IsInSource))
        {
            Mutate(call.Instance, args.Aggregate(TaintValue.Clean, TaintValue.Combine).AsBuilt(), s);
        }
        else if (call.Instance is not null && method.Name is "WriteString" or "WriteAttributeString" or "WriteElementString" or "WriteValue"
                 && TypeNames.Is(call.Instance.Type, "System.Xml.XmlWriter"))
        {
            Mutate(call.Instance, args.Aggregate(TaintValue.Clean, TaintValue.Combine).Sanitized(SinkKinds.Html | SinkKinds.XPath), s);
        }

        // A serializer writing an object into a stream (or writer) it was given: the stream carries the object.
        if (!method.Locations.Any(l => l.IsInSource) && (method.Name.StartsWith("Serialize", StringComparison.Ordinal) || method.Name.StartsWith("Write", StringComparison.Ordinal))
            && call.Arguments.FirstOrDefault(a => TypeNames.Is(a.Parameter?.Type, "System.IO.Stream") || TypeNames.Is(a.Parameter?.Type, "System.IO.TextWriter")) is { } stream)
        {
            Mutate(stream.Value, args.Where((_, i) => i != stream.Parameter!.Ordinal).Aggregate(TaintValue.Clean, TaintValue.Combine), s);
        }

        if (SourceCatalog.OfCall(method, call.Instance?.Type) is { } what)
        {
            return TaintValue.FromSource(what, call.Syntax.GetLocation());
        }

        if (SourceCatalog.IsRequest(call.Instance?.Type) && !TypeNames.IsScalar(method.ReturnType))
        {
            return TaintValue.FromSource(Describe(call.IsImplicit && call.Instance is { } of ? of.Syntax : call.Syntax), call.Syntax.GetLocation());
        }

        var cleans = SanitizerCatalog.Cleans(method, call);
        if (Dispatch(method, call, s) is { } target && _engine.SummaryOf(target) is { } summary)
        {
            return ApplySummary(target, summary, call, args, s, isSink).Sanitized(cleans);
        }

        if (method.ReturnsVoid || TypeNames.IsScalar(method.ReturnType))
        {
            return TaintValue.Clean;
        }

        // An abstract or interface member of the project (a repository's GetError(id)) returns what it stores, not its arguments.
        if (method.Locations.Any(l => l.IsInSource) && (method.IsAbstract || method.IsExtern || method.ContainingType.TypeKind == TypeKind.Interface))
        {
            return TaintValue.Unknown;
        }

        if (PureCalls.IsDigest(method))
        {
            // A digest of literals is as constant as they are (a key made by hashing a literal is hard-coded); a keyed one also hashes its key.
            var input = args.Aggregate(TaintValue.Clean, TaintValue.Combine);
            return PureCalls.IsKeyed(call.Instance?.Type ?? method.ContainingType) ? TaintValue.Combine(receiver, input) : input;
        }

        var type = TypeNames.Of(method.ContainingType);
        all = Narrowed(all, receiver, call.Instance, call.Syntax);
        // Path.Combine(root, name) builds a path under the root from the name: a root the caller passes is not built into anything.
        var underRoot = type is "System.IO.Path" && method.Name is "Combine" or "Join"
            && (method.Parameters is [{ IsParams: true }] || args.Skip(1).Any(a => a.IsCarrier && (a.Open & SinkKinds.Path) != 0) || args.Length > 0 && args[0].Built);
        var result = type is "System.String" && method.Name is "Format" or "Concat" or "Join" || underRoot ? all.AsBuilt() : all;
        return (PureCalls.IsPure(method.ContainingType) || method.IsExtensionMethod && type.StartsWith("System.Linq", StringComparison.Ordinal) ? result : result.AsRuntime()).Sanitized(cleans);
    }

    private TaintValue Create(IObjectCreationOperation creation, FlowState s)
    {
        var args = creation.Constructor is { } ctor ? Arguments(creation.Arguments, ctor.Parameters.Length, s) : [];
        var isSink = false;
        if (creation.Constructor is { } constructor)
        {
            foreach (var spec in SinkCatalog.ForMethod(constructor, creation.Type))
            {
                isSink = true;
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter is { } p && spec.Parameters.Contains(p.Name))
                    {
                        AtSink(spec, args[p.Ordinal], creation, argument.Value);
                    }
                }
            }
        }

        var result = args.Aggregate(TaintValue.Clean, TaintValue.Combine);
        if (creation.Type is not null && TypeNames.Is(creation.Type, "System.Xml.Linq.XObject") && !TypeNames.Is(creation.Type, "System.Xml.Linq.XCData"))
        {
            // LINQ to XML escapes text and attribute values when it serialises.
            result = result.Sanitized(SinkKinds.Html | SinkKinds.XPath);
        }

        if (creation.Initializer is { } initializer)
        {
            result = TaintValue.Combine(result, EvalAll(initializer.Initializers, s));
        }

        if (creation.Constructor is { } own && own.Locations.Any(l => l.IsInSource) && _engine.SummaryOf(own) is { } summary)
        {
            ApplySummary(own, summary, creation, args, s, isSink);
        }

        return creation.Type is null || PureCalls.IsPure(creation.Type) || creation.Type.Locations.Any(l => l.IsInSource) ? result : result.AsRuntime();
    }

    private TaintValue[] Arguments(IEnumerable<IArgumentOperation> arguments, int count, FlowState s)
    {
        var values = new TaintValue[count];
        foreach (var argument in arguments)
        {
            var value = Eval(argument.Value, s);
            if (argument.Parameter is { } p && p.Ordinal < count)
            {
                values[p.Ordinal] = TaintValue.Combine(values[p.Ordinal], value);
            }
        }

        return values;
    }

    private IMethodSymbol? Dispatch(IMethodSymbol method, IInvocationOperation call, FlowState s)
    {
        if ((method.IsVirtual || method.IsAbstract || method.IsOverride || method.ContainingType.TypeKind == TypeKind.Interface)
            && KeyOf(call.Instance) is { } key && (key is ISymbol local ? s.TypeOf(local) : null) is INamedTypeSymbol runtime)
        {
            if (method.ContainingType.TypeKind == TypeKind.Interface)
            {
                return runtime.FindImplementationForInterfaceMember(method) as IMethodSymbol ?? method;
            }

            for (var t = runtime; t is not null; t = t.BaseType)
            {
                var candidate = t.GetMembers(method.Name).OfType<IMethodSymbol>().FirstOrDefault(m => Overrides(m, method));
                if (candidate is not null)
                {
                    return candidate;
                }
            }
        }

        return method.Locations.Any(l => l.IsInSource) ? method : null;
    }

    private static bool Overrides(IMethodSymbol candidate, IMethodSymbol method)
    {
        for (var m = candidate; m is not null; m = m.OverriddenMethod)
        {
            if (SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, method.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }

    private void RunLambda(IFlowAnonymousFunctionOperation lambda, FlowState s)
    {
        var graph = _graphs.Peek().GetAnonymousFunctionControlFlowGraph(lambda);
        var entry = s.Clone();
        foreach (var p in lambda.Symbol.Parameters)
        {
            entry.Set(p, _routeHandlerArguments && !TypeNames.IsScalar(p.Type) && SourceCatalog.IsBindable(p)
                ? TaintValue.FromSource($"the request's '{p.Name}'", p.Locations.FirstOrDefault()) : TaintValue.Clean);
        }

        RunGraph(graph, entry, CancellationToken.None);
    }

    // req.QueryString["id"] names the input better than req.QueryString: the message quotes the outer expression.
    private static TaintValue Narrowed(TaintValue value, TaintValue receiver, IOperation? instance, SyntaxNode outer) =>
        receiver.Source && instance is not null && receiver.Origin == Describe(instance.Syntax) ? value with { Origin = Describe(outer), OriginAt = outer.GetLocation() } : value;

    private static string Describe(SyntaxNode syntax)
    {
        var text = string.Join(' ', syntax.ToString().Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
