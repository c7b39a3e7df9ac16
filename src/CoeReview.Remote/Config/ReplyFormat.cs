namespace CoeReview.Remote.Config;

/// <summary>How the reply's JSON is requested from the endpoint.</summary>
public enum ReplyFormat
{
    /// <summary>response_format json_object (OpenAI, vLLM, Ollama, SambaNova).</summary>
    JsonObject,

    /// <summary>response_format json_schema with the reply schema (OpenAI, vLLM).</summary>
    JsonSchema,

    /// <summary>No response_format: the prompt alone asks for JSON (for servers that reject the field).</summary>
    None,
}
