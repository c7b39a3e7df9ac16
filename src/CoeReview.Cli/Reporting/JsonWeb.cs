using System.Text.Json;

namespace CoeReview.Cli.Reporting;

/// <summary>camelCase serialization for records embedded in reports.</summary>
internal static class JsonWeb
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How all JSON meant to be read is written (reports, SARIF, experts list/validate, route): indented, with text left readable (N+1, not N\u002B1).</summary>
    public static JsonSerializerOptions Report { get; } = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
