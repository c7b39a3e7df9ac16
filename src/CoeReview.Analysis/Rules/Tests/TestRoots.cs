using CoeReview.Analysis.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>
/// Where the walk of a changed test file starts: the code the change touches (test methods, and
/// helpers, fakes or fixtures changed with them), plus what the framework runs for a changed test
/// although the change may not touch it: its class's constructors, field and property initializers
/// and set-up methods, and the data sources its attributes name. A test the change does not touch is
/// no test "in this change", as the rest of the review sees only the changed members too.
/// </summary>
internal static class TestRoots
{
    private static readonly HashSet<string> s_setUpAttributes = new(StringComparer.Ordinal) { "SetUp", "OneTimeSetUp", "TestInitialize", "ClassInitialize" };

    private static readonly HashSet<string> s_dataAttributes = new(StringComparer.Ordinal) { "MemberData", "TestCaseSource", "ValueSource", "DynamicData" };

    /// <summary>The nodes whose operations the walk starts from (each a member's body or initializer).</summary>
    public static IEnumerable<SyntaxNode> Of(SyntaxNode root, ChangeScope scope)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(scope);
        var changed = root.DescendantNodes(n => scope.Intersects(n.FullSpan) && !IsBody(n)).Where(n => IsBody(n) && scope.Intersects(n.FullSpan)).ToList();
        var tests = changed.OfType<MethodDeclarationSyntax>().Where(TestFiles.IsTestMethod).ToList();
        var setUp = tests.Select(t => t.Parent).OfType<TypeDeclarationSyntax>().Distinct().SelectMany(t => t.Members).SelectMany(SetUpOf);
        var data = tests.SelectMany(t => DataOf(t, t.Parent as TypeDeclarationSyntax));
        return changed.Concat(setUp).Concat(data).Distinct();
    }

    private static IEnumerable<SyntaxNode> SetUpOf(MemberDeclarationSyntax member) => member switch
    {
        ConstructorDeclarationSyntax constructor => [constructor],
        MethodDeclarationSyntax method when method.AttributeLists.SelectMany(l => l.Attributes).Any(a => s_setUpAttributes.Contains(TestFiles.AttributeName(a))) => [method],
        FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Initializer).OfType<EqualsValueClauseSyntax>(),
        PropertyDeclarationSyntax { Initializer: { } initializer } => [initializer],
        _ => [],
    };

    // [MemberData(nameof(Cases))], [TestCaseSource("Cases")]: the members of the test's class that give its cases.
    private static IEnumerable<SyntaxNode> DataOf(MethodDeclarationSyntax test, TypeDeclarationSyntax? type)
    {
        if (type is null)
        {
            return [];
        }

        var names = test.AttributeLists.SelectMany(l => l.Attributes)
            .Where(a => s_dataAttributes.Contains(TestFiles.AttributeName(a)) && a.ArgumentList?.Arguments.Count > 0)
            .Select(a => SourceName(a.ArgumentList!.Arguments[0].Expression)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return names.Count == 0 ? [] : type.Members.SelectMany(m => BodiesNamed(m, names));
    }

    private static string? SourceName(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } } nameOf when nameOf.ArgumentList.Arguments.Count == 1 =>
            nameOf.ArgumentList.Arguments[0].Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                SimpleNameSyntax name => name.Identifier.ValueText,
                _ => null,
            },
        _ => null,
    };

    private static IEnumerable<SyntaxNode> BodiesNamed(MemberDeclarationSyntax member, HashSet<string> names) => member switch
    {
        MethodDeclarationSyntax m when names.Contains(m.Identifier.ValueText) => [m],
        PropertyDeclarationSyntax p when names.Contains(p.Identifier.ValueText) =>
            new SyntaxNode?[] { p.ExpressionBody, p.Initializer }.Concat(p.AccessorList?.Accessors ?? []).OfType<SyntaxNode>(),
        FieldDeclarationSyntax f => f.Declaration.Variables.Where(v => names.Contains(v.Identifier.ValueText)).Select(v => v.Initializer).OfType<EqualsValueClauseSyntax>(),
        _ => [],
    };

    // A member's body or initializer: what the semantic model gives one operation tree for.
    private static bool IsBody(SyntaxNode node) => node switch
    {
        BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => true,
        ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax } => true,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax } or EqualsValueClauseSyntax { Parent.Parent.Parent: FieldDeclarationSyntax } => true,
        _ => false,
    };
}
