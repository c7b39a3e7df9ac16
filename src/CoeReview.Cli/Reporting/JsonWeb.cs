using System.Text.Json;

namespace CoeReview.Cli.Reporting;

/// <summary>camelCase serialization for records embedded in reports.</summary>
internal static class JsonWeb
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>How whole reports (JSON, SARIF) are written: indented, with text left readable.</summary>
    public static JsonSerializerOptions Report { get; } = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
