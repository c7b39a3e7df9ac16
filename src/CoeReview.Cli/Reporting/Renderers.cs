namespace CoeReview.Cli.Reporting;

/// <summary>The renderer for a --format name.</summary>
internal static class Renderers
{
    /// <param name="format"></param>

    /// <param name="color"></param>    /// <param name="cost">Text and Markdown show the simulated model cost only when asked; JSON always keeps it.</param>
    public static IReviewRenderer For(string format, bool color, bool cost = false) => format switch
    {
        "json" => new JsonRenderer(),
        "sarif" => new SarifRenderer(),
        "markdown" => new MarkdownRenderer(cost),
        "text" => new TextRenderer(color, cost),
        _ => throw new CliInputException($"unknown format '{format}' (use text, json, markdown or sarif)"),
    };
}
