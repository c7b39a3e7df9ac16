namespace CoeReview.RduSim.Output;

/// <summary>What a row of `sim` output measures: it decides the row's unit and the words its ratio uses.</summary>
public enum SimQuantity
{
    /// <summary>Milliseconds; less is better, and the ratio reads "faster" or "slower".</summary>
    Duration,

    /// <summary>A count (switches, nodes); the ratio reads "more" or "fewer".</summary>
    Count,

    /// <summary>Tokens per second; more is better, and the ratio reads "higher" or "lower".</summary>
    Throughput,
}
