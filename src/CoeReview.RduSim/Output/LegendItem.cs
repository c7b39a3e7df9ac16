namespace CoeReview.RduSim.Output;

/// <summary>One series of a chart as its legend names it.</summary>
internal sealed record LegendItem(string Label, string Color, LegendSwatch Swatch = LegendSwatch.Box);
