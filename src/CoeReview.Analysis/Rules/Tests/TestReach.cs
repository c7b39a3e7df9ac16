using System.Text.RegularExpressions;
using CoeReview.Core.Diff;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoeReview.Analysis.Rules.Tests;

/// <summary>
/// What the tests of a change reach, by symbol: the members their code calls, constructs, reads,
/// writes or takes as a method group (directly or through helpers of the test project), and the types
/// it touches. Test files that did not bind (unrestored packages, a missing project) are kept as text
/// and matched by name, as the rule did before it had symbols.
/// </summary>
internal sealed class TestReach
{
    private readonly IReadOnlySet<string> _members;
    private readonly IReadOnlySet<string> _types;
    private readonly string _byName;

    public TestReach(IReadOnlySet<string> members, IReadOnlySet<string> types, string byName)
    {
        _members = members;
        _types = types;
        _byName = byName;
    }

    /// <summary>True when some test file of the change was matched by name because its code did not bind.</summary>
    public bool ByName => _byName.Length > 0;

    /// <summary>
    /// Whether a test reaches the changed member: by its own symbol, or by a base or interface member
    /// it overrides or implements when the test also touches the member's type (creates it, calls or
    /// names it), since the call then may dispatch to it; or, for tests that did not bind, by the name
    /// of its type or member appearing in their text.
    /// </summary>
    public bool Covers(IMethodSymbol? member, string typeName, string memberName)
    {
        if (member is not null && (Reached(member) || Reached(member.AssociatedExtensionImplementation)
            || _types.Contains(SymbolKey.Of(member.ContainingType) ?? "") && BaseMembers(member).Any(Reached)))
        {
            return true;
        }

        return ByName && (Mentions(_byName, typeName) || Mentions(_byName, memberName));
    }

    /// <summary>The rule's answer without compilations (a caller that gives it none): every changed test file read by name.</summary>
    public static TestReach TextOnly(DiffSet diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var text = string.Join('\n', diff.Files
            .Where(f => f.Kind != FileChangeKind.Deleted && f.Extension == ".cs")
            .Select(f => (f.Path, Text: diff.Snapshot.ReadText(f.Path)))
            .Where(f => f.Text is not null && (TestFiles.IsTestPath(f.Path) || TestFiles.MayHaveTestMethods(f.Text) && TestFiles.HasTestMethods(CSharpSyntaxTree.ParseText(f.Text).GetRoot())))
            .Select(f => f.Text));
        return new TestReach(new HashSet<string>(), new HashSet<string>(), text);
    }

    private bool Reached(ISymbol? symbol) => SymbolKey.Of(symbol) is { } key && _members.Contains(key);

    // What a call bound to another declaration may run: the members this one overrides or implements.
    private static IEnumerable<IMethodSymbol> BaseMembers(IMethodSymbol member)
    {
        for (var overridden = member.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
        {
            yield return overridden;
        }

        foreach (var explicitly in member.ExplicitInterfaceImplementations)
        {
            yield return explicitly;
        }

        // Implicit implementations share the interface member's name (accessors too: get_X).
        var type = member.ContainingType;
        foreach (var candidate in type.AllInterfaces.SelectMany(i => i.GetMembers(member.Name)).OfType<IMethodSymbol>())
        {
            if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member))
            {
                yield return candidate;
            }
        }
    }

    private static bool Mentions(string text, string name) =>
        name.Length > 0 && Regex.IsMatch(text, $@"\b{Regex.Escape(name)}\b", RegexOptions.CultureInvariant);
}
