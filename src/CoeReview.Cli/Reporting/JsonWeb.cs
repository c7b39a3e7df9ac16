using System.Text.Json;

namespace CoeReview.Cli.Reporting;

/// <summary>camelCase serialization for records embedded in reports.</summary>
internal static class JsonWeb
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
