namespace CoeReview.RduSim.Simulation;

/// <summary>One prompt sent to one expert: its expert index, prompt length and tokens generated.</summary>
public readonly record struct SimRequest(int Expert, int PromptTokens, int OutputTokens);
