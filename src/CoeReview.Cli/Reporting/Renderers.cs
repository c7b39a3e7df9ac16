namespace CoeReview.Cli.Reporting;

/// <summary>The renderer for a --format name.</summary>
public static class Renderers
{
    public static IReviewRenderer For(string format, bool color) => format switch
    {
        "json" => new JsonRenderer(),
        "sarif" => new SarifRenderer(),
        "markdown" => new MarkdownRenderer(),
        "text" => new TextRenderer(color),
        _ => throw new CliInputException($"unknown format '{format}' (use text, json, markdown or sarif)"),
    };
}
