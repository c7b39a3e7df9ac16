namespace CoeReview.RduSim.Simulation;

/// <summary>One busy interval of a lane: which expert (-1 for the router), doing what, when.</summary>
public readonly record struct TimelineEvent(int Lane, int Expert, SimPhase Phase, double StartMs, double EndMs);
