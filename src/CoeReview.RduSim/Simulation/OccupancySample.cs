namespace CoeReview.RduSim.Simulation;

/// <summary>A lane's HBM after a change: bytes of resident experts, fixed bytes (router, KV reserve) and the total.</summary>
public readonly record struct OccupancySample(double TimeMs, int Lane, int ResidentExperts, double ExpertBytes, double FixedBytes, double CapacityBytes);
