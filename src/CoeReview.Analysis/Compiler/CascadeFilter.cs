using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Compiler;

/// <summary>
/// Decides whether a compiler diagnostic is the PR's error or only the echo of a package, project
/// or source generator we could not see (no restore, no MSBuild). When in doubt it stays silent.
/// </summary>
internal sealed class CascadeFilter(UnresolvedContext context, SemanticModel model, bool generatorsUnknown)
{
    private readonly Lazy<(bool Any, bool Static)> _usings = new(() => context.UsingsOf(model.SyntaxTree));

    public bool IsExplainedByMissingReferences(Diagnostic diagnostic, CancellationToken ct)
    {
        var id = diagnostic.Id;
        if (CompilerDiagnosticIds.AlwaysDropped.Contains(id))
        {
            return true;
        }

        if (!context.DependsOnExternals)
        {
            // Every reference resolved: the compiler sees what the build sees, so its diagnostics are the
            // build's. Only members that generators we could not run would add are left in doubt.
            return IsExplainedByGenerators(diagnostic, ct);
        }

        if (CompilerDiagnosticIds.Unresolved.Contains(id))
        {
            return true; // a type or namespace that a missing reference may hold
        }

        var root = model.SyntaxTree.GetRoot(ct);
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var type = EnclosingType(node, ct);
        if (UnresolvedContext.HasErrorAncestry(type) || IsGeneratorSatisfied(id, node, type))
        {
            return true;
        }

        if (id == "CS0103" && node is IdentifierNameSyntax or GenericNameSyntax && !IsReceiver(node))
        {
            // A bare name can only come from an inherited member (checked above), a using static of
            // something missing, or a generator filling in a partial type.
            return ExplainedLookup(id, node, type) || RegionHasErrorType(node, diagnostic.Location.SourceSpan, ct);
        }

        // A missing assembly can add extension methods (and extension members) to any namespace, even
        // one that resolves: in a degraded project no member lookup or overload failure is the PR's for sure.
        if (CompilerDiagnosticIds.NameLookup.Contains(id))
        {
            return true;
        }

        // Anything else is the PR's only when nothing in its statement (or member) binds to an error type.
        return RegionHasErrorType(node, diagnostic.Location.SourceSpan, ct);
    }

    private bool IsExplainedByGenerators(Diagnostic diagnostic, CancellationToken ct)
    {
        var id = diagnostic.Id;
        var lookup = CompilerDiagnosticIds.NameLookup.Contains(id) || CompilerDiagnosticIds.Unresolved.Contains(id) || CompilerDiagnosticIds.Inheritance.Contains(id);
        if (!lookup)
        {
            return false;
        }

        var node = model.SyntaxTree.GetRoot(ct).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var type = EnclosingType(node, ct);
        if (IsGeneratorSatisfied(id, node, type))
        {
            return true;
        }

        if (!generatorsUnknown)
        {
            return false;
        }

        // A member looked up on (or inside) a partial type of the project may be one a generator adds.
        var receiver = node.Parent is MemberAccessExpressionSyntax ma && ma.Name == node ? model.GetTypeInfo(ma.Expression, ct).Type ?? model.GetSymbolInfo(ma.Expression, ct).Symbol as ITypeSymbol : null;
        return (type is not null && IsPartial(type)) || (receiver is INamedTypeSymbol named && named.DeclaringSyntaxReferences.Length > 0 && IsPartial(named))
            || CompilerDiagnosticIds.Unresolved.Contains(id) || id == "CS0103";
    }

    private bool ExplainedLookup(string id, SyntaxNode node, INamedTypeSymbol? type)
    {
        var (anyUnresolved, staticUnresolved) = _usings.Value;

        // Members of a partial type may come from a generator in a package (CommunityToolkit.Mvvm, XAML, Razor).
        if (context.DependsOnExternals && type?.DeclaringSyntaxReferences.Length > 0 && IsPartial(type))
        {
            return true;
        }

        if (id == "CS0103" && node is IdentifierNameSyntax or GenericNameSyntax && !IsReceiver(node))
        {
            // A bare name that is not qualified further can only come from an inherited member (checked by
            // the caller) or a using static of something missing; not from an ordinary namespace using.
            return staticUnresolved;
        }

        // An unresolved namespace may hold the type, the extension method or the extension member the code names.
        return anyUnresolved;
    }

    private static bool IsReceiver(SyntaxNode node) =>
        node.Parent is MemberAccessExpressionSyntax ma && ma.Expression == node
        || node.Parent is QualifiedNameSyntax qn && qn.Left == node;

    private static bool IsPartial(INamedTypeSymbol type) =>
        type.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));

    private bool IsGeneratorSatisfied(string id, SyntaxNode node, INamedTypeSymbol? type)
    {
        // A JsonSerializerContext or similar generated type: its abstract members come from the generator.
        if (id is "CS0534" or "CS0535" && type is not null && IsPartial(type))
        {
            return true;
        }

        return id == "CS0103" && node is IdentifierNameSyntax { Identifier.ValueText: "InitializeComponent" };
    }

    private INamedTypeSymbol? EnclosingType(SyntaxNode node, CancellationToken ct)
    {
        var declaration = node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        return declaration is null ? null : model.GetDeclaredSymbol(declaration, ct) as INamedTypeSymbol;
    }

    private bool RegionHasErrorType(SyntaxNode node, Microsoft.CodeAnalysis.Text.TextSpan span, CancellationToken ct)
    {
        var statement = node.AncestorsAndSelf().FirstOrDefault(n => n is StatementSyntax or MemberDeclarationSyntax or AttributeSyntax);
        if (statement is null)
        {
            return false;
        }

        foreach (var expression in statement.DescendantNodes(n => n == statement || n is not (StatementSyntax or MemberDeclarationSyntax))
                     .OfType<ExpressionSyntax>())
        {
            if (expression.Span.OverlapsWith(span) || expression.Span.Contains(span) || span.Contains(expression.Span))
            {
                continue;
            }

            // An implicitly typed variable takes its type from the erroneous expression itself.
            if (expression is IdentifierNameSyntax { IsVar: true } || expression.Parent is VariableDeclarationSyntax)
            {
                continue;
            }

            var info = model.GetTypeInfo(expression, ct);
            if (UnresolvedContext.IsError(info.Type) || UnresolvedContext.IsError(info.ConvertedType))
            {
                return true;
            }
        }

        return false;
    }
}
