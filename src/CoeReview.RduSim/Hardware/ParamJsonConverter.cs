using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoeReview.RduSim.Hardware;

/// <summary>Reads a parameter as a bare number or as { value, source }; always writes the object form.</summary>
public sealed class ParamJsonConverter : JsonConverter<Param>
{
    public override Param Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is JsonTokenType.Number or JsonTokenType.String)
        {
            return new Param(Number(ref reader), "user file");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a parameter is a number or { \"value\": number, \"source\": text }");
        }

        double? value = null;
        var source = "user file";
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "value", StringComparison.OrdinalIgnoreCase))
            {
                value = Number(ref reader);
            }
            else if (string.Equals(name, "source", StringComparison.OrdinalIgnoreCase))
            {
                source = reader.GetString() ?? source;
            }
            else
            {
                reader.Skip();
            }
        }

        return new Param(value ?? throw new JsonException("a parameter object needs a \"value\""), source);
    }

    private static double Number(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetDouble();
        }

        return reader.TokenType == JsonTokenType.String
            && double.TryParse(reader.GetString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new JsonException("a parameter's value must be a number");
    }

    public override void Write(Utf8JsonWriter writer, Param value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteString("source", value.Source);
        writer.WriteEndObject();
    }
}
