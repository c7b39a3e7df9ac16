using System.Text;
using CoeReview.Analysis.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>
/// Builds the <see cref="TestReach"/> of a review, once, from the compilations the engine built for
/// the changed test files: the operations of the test code the change touches (<see cref="TestRoots"/>),
/// followed into the test project's own helpers but not into production code. A test of A that calls
/// B inside the library tests A, not B; following it would also bind library bodies the review does
/// not otherwise bind.
/// </summary>
internal sealed class TestReachCollector
{
    // Helpers followed per test file: a test project whose helpers call one another widely costs a bounded walk.
    private const int MaxHelpers = 500;

    private readonly HashSet<string> _members = new(StringComparer.Ordinal);
    private readonly HashSet<string> _types = new(StringComparer.Ordinal);
    private readonly StringBuilder _byName = new();
    private readonly Dictionary<SyntaxTree, bool> _testTrees = [];
    private readonly CancellationToken _cancellationToken;

    private TestReachCollector(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    /// <summary>Whether a project compilation holds a changed test file (a test project's file, or one that declares test methods).</summary>
    public static bool HoldsTests(ProjectCompilation project, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.ChangedTrees.Any(t => TestFiles.IsTestFile(t, cancellationToken));
    }

    /// <summary>What the changed tests of these compilations reach; a file whose code does not bind is kept for matching by name.</summary>
    public static TestReach Collect(IEnumerable<ProjectCompilation> projects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var collector = new TestReachCollector(cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in projects)
        {
            foreach (var tree in project.ChangedTrees.Where(t => seen.Add(t.FilePath) && collector.IsTestTree(t)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (project.BrokenSetup is not null || !collector.Walk(project, tree))
                {
                    collector._byName.Append(tree.GetText(cancellationToken)).Append('\n');
                }
            }
        }

        return new TestReach(collector._members, collector._types, collector._byName.ToString());
    }

    // Returns false when some of the walked code did not bind: a name the test uses may then hide a member it reaches.
    private bool Walk(ProjectCompilation project, SyntaxTree tree)
    {
        var model = project.ModelOf(tree);
        var work = new Stack<IOperation>();
        foreach (var node in TestRoots.Of(tree.GetRoot(_cancellationToken), project.ScopeOf(tree)))
        {
            if (model.GetOperation(node, _cancellationToken) is { } operation)
            {
                work.Push(operation);
            }
        }

        var followed = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var bound = true;
        while (work.TryPop(out var operation))
        {
            foreach (var method in Reached(operation, ref bound))
            {
                var definition = SymbolKey.Definition(method);
                Add(_members, definition);
                Add(_types, definition.ContainingType);
                if (followed.Count < MaxHelpers && IsTestCode(project, definition) && followed.Add(definition))
                {
                    Follow(project, definition, work);
                }
            }

            Touch(operation);
            if (operation is not INameOfOperation)
            {
                foreach (var child in operation.ChildOperations)
                {
                    work.Push(child);
                }
            }
        }

        return bound;
    }

    // The members one operation runs: calls, constructors, accessors by use, method groups, user-defined operators and conversions.
    private static IEnumerable<IMethodSymbol> Reached(IOperation operation, ref bool bound)
    {
        switch (operation)
        {
            case IInvalidOperation:
                bound = false;
                return [];
            case IInvocationOperation call:
                return [call.TargetMethod];
            case IObjectCreationOperation creation:
                return creation.Constructor is { } constructor ? [constructor] : [];
            case IMethodReferenceOperation group:
                return [group.Method];
            case IPropertyReferenceOperation property:
                return Accessors(property);
            case IEventReferenceOperation { Parent: IEventAssignmentOperation assignment } handler:
                return (assignment.Adds ? handler.Event.AddMethod : handler.Event.RemoveMethod) is { } accessor ? [accessor] : [];
            case IForEachLoopOperation { Syntax: CommonForEachStatementSyntax loop } when operation.SemanticModel is { } model:
                var info = model.GetForEachStatementInfo(loop);
                return new[] { info.GetEnumeratorMethod, info.MoveNextMethod, info.CurrentProperty?.GetMethod }.OfType<IMethodSymbol>();
            default:
                return OperatorOf(operation) is { } op ? [op] : [];
        }
    }

    private static IMethodSymbol? OperatorOf(IOperation operation) => operation switch
    {
        IBinaryOperation binary => binary.OperatorMethod,
        IUnaryOperation unary => unary.OperatorMethod,
        IConversionOperation conversion => conversion.OperatorMethod,
        ICompoundAssignmentOperation compound => compound.OperatorMethod,
        IIncrementOrDecrementOperation step => step.OperatorMethod,
        _ => null,
    };

    // A write runs the setter, a read the getter, x += 1 and x++ both.
    private static IEnumerable<IMethodSymbol> Accessors(IPropertyReferenceOperation reference)
    {
        var (get, set) = reference.Parent switch
        {
            ISimpleAssignmentOperation a when a.Target == reference => (false, true),
            ICompoundAssignmentOperation a when a.Target == reference => (true, true),
            ICoalesceAssignmentOperation a when a.Target == reference => (true, true),
            IIncrementOrDecrementOperation => (true, true),
            _ => (true, false),
        };
        return new[] { get ? reference.Property.GetMethod : null, set ? reference.Property.SetMethod : null }.OfType<IMethodSymbol>();
    }

    // The types a test touches beyond the members it calls: what it creates (and so their base types' code), typeof and type arguments.
    private void Touch(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Type: INamedTypeSymbol created }:
                for (var type = created; type is not null; type = type.BaseType)
                {
                    Add(_types, type);
                }

                foreach (var argument in created.TypeArguments)
                {
                    Add(_types, argument);
                }

                break;
            case ITypeOfOperation typeOf:
                Add(_types, typeOf.TypeOperand);
                break;
            case IInvocationOperation { TargetMethod.IsGenericMethod: true } call:
                foreach (var argument in call.TargetMethod.TypeArguments)
                {
                    Add(_types, argument);
                }

                break;
        }
    }

    private static void Add(HashSet<string> set, ISymbol? symbol)
    {
        if (SymbolKey.Of(symbol) is { } key)
        {
            set.Add(key);
        }
    }

    // A member of the test project's own code (not the library under test when both share a project);
    // local functions and lambdas are walked with the code that holds them.
    private bool IsTestCode(ProjectCompilation project, IMethodSymbol method) =>
        method.MethodKind is not (MethodKind.LocalFunction or MethodKind.AnonymousFunction)
        && SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, project.Compilation.Assembly)
        && method.DeclaringSyntaxReferences.Any(r => IsTestTree(r.SyntaxTree));

    private void Follow(ProjectCompilation project, IMethodSymbol method, Stack<IOperation> work)
    {
        foreach (var reference in (method.PartialImplementationPart ?? method).DeclaringSyntaxReferences)
        {
            // An implicit constructor's declaration is its type's: there is no body to walk.
            if (project.Compilation.ContainsSyntaxTree(reference.SyntaxTree)
                && project.ModelOf(reference.SyntaxTree).GetOperation(reference.GetSyntax(_cancellationToken), _cancellationToken) is { } body)
            {
                work.Push(body);
            }
        }
    }

    private bool IsTestTree(SyntaxTree tree)
    {
        if (!_testTrees.TryGetValue(tree, out var isTest))
        {
            _testTrees[tree] = isTest = TestFiles.IsTestFile(tree, _cancellationToken);
        }

        return isTest;
    }
}
