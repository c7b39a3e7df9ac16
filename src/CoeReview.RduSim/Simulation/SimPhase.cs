namespace CoeReview.RduSim.Simulation;

/// <summary>What a lane is busy with.</summary>
public enum SimPhase
{
    Router,
    Switch,
    Prefill,
    Decode,
}
