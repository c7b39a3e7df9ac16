using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Prompting;

/// <summary>
/// Finds member declarations in C# text with Roslyn's parser alone (no compilation): the
/// enclosing member of a hunk for context, and member boundaries to split an oversized hunk at.
/// </summary>
internal static class CSharpMembers
{
    /// <summary>Members (methods, constructors, properties, fields, events, operators, local functions) in the text; lines offset by <paramref name="firstLine"/> − 1.</summary>
    public static IReadOnlyList<MemberSpan> Find(string text, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tree = CSharpSyntaxTree.ParseText(text, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest));
        var root = tree.GetRoot();
        var lines = tree.GetText().Lines;
        return root.DescendantNodes(n => n is not BlockSyntax || n.Parent is not MethodDeclarationSyntax)
            .Where(n => n is BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax
                or LocalFunctionStatementSyntax or EnumDeclarationSyntax or DelegateDeclarationSyntax)
            .Select(n =>
            {
                var span = n.GetLocation().GetLineSpan();
                var start = span.StartLinePosition.Line;
                var header = lines[start].ToString().Trim();
                return new MemberSpan(start + firstLine, span.EndLinePosition.Line + firstLine, n.Kind().ToString(), header);
            })
            .OrderBy(m => m.StartLine)
            .ToList();
    }

    /// <summary>The innermost member that contains the line, if any.</summary>
    public static MemberSpan? Enclosing(IReadOnlyList<MemberSpan> members, int line)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Where(m => m.StartLine <= line && m.EndLine >= line)
            .OrderBy(m => m.EndLine - m.StartLine)
            .FirstOrDefault();
    }

    /// <summary>True for paths Roslyn's C# parser should read.</summary>
    public static bool IsCSharp(string path) =>
        path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csx", StringComparison.OrdinalIgnoreCase);
}
