using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoeReview.RduSim.Hardware;

/// <summary>Reads a parameter as a bare number or as { value, source }; always writes the object form.</summary>
public sealed class ParamJsonConverter : JsonConverter<Param>
{
    public override Param Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return new Param(reader.GetDouble(), "user file");
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
                value = reader.GetDouble();
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

    public override void Write(Utf8JsonWriter writer, Param value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteString("source", value.Source);
        writer.WriteEndObject();
    }
}
