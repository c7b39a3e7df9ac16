namespace CoeReview.Core.Experts;

/// <summary>Maps file extensions to the language names expert files use.</summary>
internal static class LanguageMap
{
    private static readonly Dictionary<string, string> s_byExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".cs"] = "csharp",
        [".csx"] = "csharp",
        [".fs"] = "fsharp",
        [".vb"] = "vb",
        [".csproj"] = "msbuild",
        [".props"] = "msbuild",
        [".targets"] = "msbuild",
        [".fsproj"] = "msbuild",
        [".json"] = "json",
        [".yml"] = "yaml",
        [".yaml"] = "yaml",
        [".xml"] = "xml",
        [".config"] = "xml",
        [".sql"] = "sql",
        [".js"] = "javascript",
        [".ts"] = "typescript",
        [".cshtml"] = "razor",
        [".razor"] = "razor",
        [".md"] = "markdown",
        [".sh"] = "shell",
        [".ps1"] = "powershell",
        [".py"] = "python",
    };

    public static IEnumerable<string> Known => s_byExtension.Values.Distinct().Order(StringComparer.Ordinal).Append("any");

    public static bool IsKnown(string language) => language == "any" || s_byExtension.ContainsValue(language);

    /// <summary>The language of a path, or "other".</summary>
    public static string Of(string path) => s_byExtension.TryGetValue(Path.GetExtension(path), out var lang) ? lang : "other";
}
