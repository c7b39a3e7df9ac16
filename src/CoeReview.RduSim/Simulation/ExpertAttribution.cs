namespace CoeReview.RduSim.Simulation;

/// <summary>One expert's share of a run: its requests, tokens and the lane time spent on it.</summary>
public sealed record ExpertAttribution(int Expert, int Requests, long PromptTokens, long OutputTokens, int Switches, double SwitchMs, double PrefillMs, double DecodeMs)
{
    public double TotalMs => SwitchMs + PrefillMs + DecodeMs;
}
