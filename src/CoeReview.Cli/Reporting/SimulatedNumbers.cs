using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoeReview.Cli.Reporting;

/// <summary>
/// Rounds the simulator's numbers for reports: its milliseconds and ratios are estimates, and 14
/// digits (91.91820200201244 ms) claim a precision they do not have and change with every refactor of the physics.
/// </summary>
internal static class SimulatedNumbers
{
    /// <summary>0.1 ms from 10 up, else 3 significant digits (2.48, 0.0123), so small values do not round to 0.</summary>
    public static double Round(double value)
    {
        if (value == 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        if (Math.Abs(value) >= 10)
        {
            return Math.Round(value, 1);
        }

        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 0, 15);
        return Math.Round(value, decimals);
    }

    /// <summary>Serializes a simulation record with every fractional number rounded; integers (tokens, requests) stay exact.</summary>
    public static JsonNode Serialize<T>(T record)
    {
        var node = JsonSerializer.SerializeToNode(record, JsonWeb.Options) ?? new JsonObject();
        RoundWithin(node);
        return node;
    }

    // Only numbers are replaced: a container keeps its place, and re-assigning it would throw (it already has a parent).
    private static void RoundWithin(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                if (Rounded(child) is { } number)
                {
                    obj[key] = number;
                }
                else if (child is not null)
                {
                    RoundWithin(child);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (Rounded(array[i]) is { } number)
                {
                    array[i] = number;
                }
                else if (array[i] is { } child)
                {
                    RoundWithin(child);
                }
            }
        }
    }

    private static JsonValue? Rounded(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var d) && d != Math.Floor(d)
            ? JsonValue.Create(Round(d))
            : null;
}
