namespace CoeReview.RduSim.Output;

/// <summary>How a legend entry draws its series: a filled box (bars, areas), a line or a dashed line (markers).</summary>
internal enum LegendSwatch
{
    Box,
    Line,
    Dashed,
}
