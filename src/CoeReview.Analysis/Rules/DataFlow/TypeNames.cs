using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>Full metadata names of types and the types they derive from or implement, for matching symbols to catalogues.</summary>
internal static class TypeNames
{
    // Weak: a resident review server must not keep every review's compilation alive through its symbols.
    private static readonly ConditionalWeakTable<ITypeSymbol, string> s_names = [];

    /// <summary>"System.Data.SqlClient.SqlCommand" for the type (generic arity kept, as in metadata: "List`1").</summary>
    public static string Of(ITypeSymbol type) => s_names.GetValue(type.OriginalDefinition, static t =>
        t.ContainingType is { } outer ? Of(outer) + "+" + t.MetadataName
        : t.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + t.MetadataName
        : t.MetadataName);

    /// <summary>True when the type is, derives from or implements one of the named types.</summary>
    public static bool Is(ITypeSymbol? type, IReadOnlySet<string> names)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (names.Contains(Of(t)))
            {
                return true;
            }
        }

        return type is not null && type.AllInterfaces.Any(i => names.Contains(Of(i)));
    }

    public static bool Is(ITypeSymbol? type, string name)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (Of(t) == name)
            {
                return true;
            }
        }

        return type is not null && type.AllInterfaces.Any(i => Of(i) == name);
    }

    /// <summary>Values of these types carry no text an attacker could shape: numbers, flags, dates, ids.</summary>
    public static bool IsScalar(ITypeSymbol? type) => type is not null && (type.TypeKind == TypeKind.Enum || type.SpecialType is
        SpecialType.System_Boolean or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Single
        or SpecialType.System_Double or SpecialType.System_Decimal or SpecialType.System_DateTime or SpecialType.System_IntPtr or SpecialType.System_UIntPtr
        || type is INamedTypeSymbol { IsGenericType: true, ConstructedFrom.SpecialType: SpecialType.System_Nullable_T } n && IsScalar(n.TypeArguments[0])
        || type.Name is "Guid" or "TimeSpan" or "DateTimeOffset" or "DateOnly" or "TimeOnly" && type.ContainingNamespace?.Name == "System"
        || type.Name is "Task" && type is INamedTypeSymbol { IsGenericType: false });
}
