using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules;

/// <summary>What counts as test code: test projects' paths and methods marked by xUnit, NUnit or MSTest.</summary>
internal static class TestFiles
{
    private static readonly HashSet<string> s_testAttributes = new(StringComparer.Ordinal)
    {
        "Fact", "Theory", "Test", "TestCase", "TestCaseSource", "TestMethod", "DataTestMethod", "SkippableFact", "SkippableTheory", "AvaloniaFact", "StaFact",
    };

    public static bool IsTestPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var p = path.Replace('\\', '/');
        return p.StartsWith("tests/", StringComparison.OrdinalIgnoreCase) || p.StartsWith("test/", StringComparison.OrdinalIgnoreCase)
            || p.Contains("/tests/", StringComparison.OrdinalIgnoreCase) || p.Contains("/test/", StringComparison.OrdinalIgnoreCase)
            || p.Contains(".Tests/", StringComparison.OrdinalIgnoreCase) || p.Contains(".Test/", StringComparison.OrdinalIgnoreCase)
            || p.EndsWith("Tests.cs", StringComparison.OrdinalIgnoreCase) || p.EndsWith("Test.cs", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A test project's file or a file that declares test methods: what the tests expert reads as test code.</summary>
    public static bool IsTestFile(SyntaxTree tree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return IsTestPath(tree.FilePath) || HasTestMethods(tree.GetRoot(cancellationToken));
    }

    public static bool IsTestMethod(MethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(l => l.Attributes).Any(a => s_testAttributes.Contains(AttributeName(a)));

    /// <summary>Whether the text could hold a test method: every test attribute's name appears in it (a cheap check before parsing).</summary>
    public static bool MayHaveTestMethods(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var name in s_testAttributes)
        {
            if (text.Contains(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasTestMethods(SyntaxNode root) =>
        root.DescendantNodes(n => n is not MethodDeclarationSyntax).OfType<MethodDeclarationSyntax>().Any(IsTestMethod);

    public static string AttributeName(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }
}
