using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoeReview.RduSim;

/// <summary>The JSON settings every simulator file and output shares: camelCase, comments and trailing commas allowed.</summary>
internal static class SimJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads JSON or YAML text (YAML is turned into JSON first) into T; malformed input becomes a SimInputException.</summary>
    public static T Parse<T>(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var json = LooksLikeJson(text) ? text : YamlToJson(text, what);
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new SimInputException($"{what}: empty document");
        }
        catch (JsonException e)
        {
            throw new SimInputException($"{what}: {e.Message}", e);
        }
    }

    internal static string ReadResource(string logicalName)
    {
        using var stream = typeof(SimJson).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"embedded resource {logicalName} missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static IEnumerable<string> ResourceNames(string prefix) =>
        typeof(SimJson).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static bool LooksLikeJson(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith('{') || t.StartsWith('[');
    }

    private static string YamlToJson(string text, string what) => YamlJson.Convert(text, what);
}
