namespace CoeReview.Core.Experts;

/// <summary>
/// The expert's model: the shape it stands for on the simulator (a model name such as llama-3.1-8b)
/// and what a remote endpoint is sent.
/// </summary>
public sealed record ExpertModel(string Profile, string SystemPrompt, string? OutputSchema, double Temperature, int MaxOutputTokens);
