namespace CoeReview.RduSim.Output;

/// <summary>
/// The parts every chart of the sim page has (issue #13.11): a title, axis labels with units, a
/// legend and a caption saying what to look at and why it matters for a review. Each part carries
/// a class (chart-title, axis-label x-axis / y-axis, legend-item, chart-caption) that the tests read.
/// </summary>
internal static class SvgChart
{
    public const double TitleSize = 15;
    public const double CaptionSize = 12;
    public const double LabelSize = 11;
    public const double TickSize = 10;
    public const string TickColor = "#555";

    /// <summary>The chart's title; returns the y below it.</summary>
    public static double Title(SvgCanvas svg, double x, double y, string text)
    {
        svg.Text(x, y + TitleSize, text, TitleSize, weight: "bold", cls: "chart-title");
        return y + TitleSize + 8;
    }

    /// <summary>The one-sentence caption, wrapped; returns the y below it.</summary>
    public static double Caption(SvgCanvas svg, double x, double y, double width, string text) =>
        svg.Paragraph(x, y + CaptionSize, width, text, CaptionSize, "#333", "chart-caption");

    public static void XLabel(SvgCanvas svg, double centreX, double y, string text) =>
        svg.Text(centreX, y, text, LabelSize, "#333", "middle", cls: "axis-label x-axis");

    public static void YLabel(SvgCanvas svg, double x, double centreY, string text) =>
        svg.TextUp(x, centreY, text, LabelSize, "#333", "axis-label y-axis");

    public static void Tick(SvgCanvas svg, double x, double y, string text, string anchor) =>
        svg.Text(x, y, text, TickSize, TickColor, anchor, cls: "tick");

    /// <summary>The legend as one row of swatches and names, wrapping at <paramref name="width"/>; returns the y below it.</summary>
    public static double Legend(SvgCanvas svg, double x, double y, double width, IEnumerable<LegendItem> items)
    {
        svg.BeginGroup("legend");
        var left = x;
        const double Row = 18;
        foreach (var item in items)
        {
            var itemWidth = 24 + SvgCanvas.TextWidth(item.Label, LabelSize) + 22;
            if (x > left && x + itemWidth > left + width)
            {
                x = left;
                y += Row;
            }

            switch (item.Swatch)
            {
                case LegendSwatch.Box:
                    svg.Rect(x, y + 2, 14, 10, item.Color);
                    break;
                default:
                    svg.Line(x, y + 7, x + 18, y + 7, item.Color, item.Swatch == LegendSwatch.Line ? 2.5 : 1.5, item.Swatch == LegendSwatch.Dashed ? "5,4" : "");
                    break;
            }

            svg.Text(x + 24, y + 11, item.Label, LabelSize, "#222", cls: "legend-item");
            x += itemWidth;
        }

        svg.EndGroup();
        return y + Row;
    }
}
