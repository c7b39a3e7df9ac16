namespace CoeReview.Analysis.Compiler;

/// <summary>Which compiler diagnostics the syntax check drops always, and which it drops when missing packages explain them.</summary>
internal static class CompilerDiagnosticIds
{
    /// <summary>Never the PR's fault without a restore, or not worth a review comment.</summary>
    public static readonly IReadOnlySet<string> AlwaysDropped = new HashSet<string>(StringComparer.Ordinal)
    {
        "CS0012", // type defined in an assembly that is not referenced
        "CS0400", // type not found in the global namespace
        "CS0518", // predefined type missing
        "CS1069", // type forwarded to an assembly that is not referenced
        "CS1701", "CS1702", "CS1705", // assembly unification
        "CS0436", "CS0433", "CS0435", "CS0437", // source and metadata type clashes
        "CS5001", // no Main: test SDKs and generators provide entry points
        "CS8019", "CS0105", // unnecessary or duplicate usings (the SDK's global usings may repeat a file's own)
        "CS8632", // nullable annotation outside a nullable context: the context may come from MSBuild we cannot see
        "CS8795", "CS9248", "CS9249", // partial members implemented by source generators (GeneratedRegex, LibraryImport, ...)
    };

    /// <summary>Unresolved types and namespaces: the PR's error only in a project that needs no restore.</summary>
    public static readonly IReadOnlySet<string> Unresolved = new HashSet<string>(StringComparer.Ordinal) { "CS0246", "CS0234" };

    /// <summary>Name lookups a type or extension from a missing package or generator could satisfy.</summary>
    public static readonly IReadOnlySet<string> NameLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "CS0103", "CS1061", "CS0117", "CS1929", "CS0426", "CS1501", "CS1503", "CS7036", "CS0411", "CS1955", "CS0120", "CS0119", "CS0118",
        "CS0121", "CS0104", "CS0229", "CS1660", "CS1593", "CS0428", "CS1579", "CS1674", "CS8410", "CS0305", "CS0308", "CS1739", "CS1744",
        "CS0122", "CS0616", "CS0617", "CS0656", "CS1656", "CS0200", "CS0272", "CS0815", "CS8422",
    };

    /// <summary>Conversions and operators: wrong when one side's type came from a missing package.</summary>
    public static readonly IReadOnlySet<string> TypeMismatch = new HashSet<string>(StringComparer.Ordinal)
    {
        "CS0029", "CS0266", "CS0030", "CS0019", "CS0023", "CS0021", "CS1662", "CS4010", "CS1983", "CS0311", "CS0314", "CS0315",
        "CS0452", "CS0453", "CS0173", "CS0031", "CS0037", "CS8121", "CS8130", "CS1950", "CS0201",
    };

    /// <summary>Inheritance checks that depend on a base type or interface.</summary>
    public static readonly IReadOnlySet<string> Inheritance = new HashSet<string>(StringComparer.Ordinal)
    {
        "CS0115", "CS0506", "CS0534", "CS0535", "CS0738", "CS0108", "CS0114", "CS0111", "CS0462", "CS0553", "CS0540", "CS8092",
    };
}
