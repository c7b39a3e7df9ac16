using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>
/// Framework calls whose result is made only of their receiver and arguments, so it carries what they
/// carry and nothing the run time adds: text and collection helpers, encodings, and digests.
/// </summary>
internal static class PureCalls
{
    private static readonly HashSet<string> s_pureTypes = new(StringComparer.Ordinal)
    {
        "System.String", "System.Text.StringBuilder", "System.Text.Encoding", "System.Convert", "System.IO.Path", "System.Linq.Enumerable", "System.Array",
        "System.String+Enumerator", "System.Char", "System.Object", "System.Text.RegularExpressions.Regex", "System.IO.StringWriter", "System.IO.StringReader",
        "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2", "System.Collections.ArrayList", "System.Collections.Hashtable",
        "System.Collections.Generic.LinkedList`1", "System.Collections.Generic.Queue`1", "System.Collections.Generic.Stack`1", "System.Collections.Generic.HashSet`1",
        "System.Uri", "System.IO.MemoryStream", "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter", "System.Collections.Generic.IEnumerable`1",
        "System.Collections.Generic.IEnumerator`1", "System.Collections.IEnumerator", "System.Collections.Generic.KeyValuePair`2",
    };

    /// <summary>True for a type whose members compute from what they are given (string, StringBuilder, Convert, every Encoding).</summary>
    public static bool IsPure(ITypeSymbol type) => s_pureTypes.Contains(TypeNames.Of(type)) || TypeNames.Is(type, "System.Text.Encoding");

    /// <summary>ComputeHash / HashData of MD5, SHA-1, SHA-2, SHA-3 and HMACs.</summary>
    public static bool IsDigest(IMethodSymbol method) =>
        method.Name is "ComputeHash" or "HashData" && TypeNames.Is(method.ContainingType, "System.Security.Cryptography.HashAlgorithm");

    public static bool IsKeyed(ITypeSymbol type) => TypeNames.Is(type, "System.Security.Cryptography.KeyedHashAlgorithm");
}
