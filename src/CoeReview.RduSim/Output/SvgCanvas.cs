using System.Globalization;
using System.Net;
using System.Text;

namespace CoeReview.RduSim.Output;

/// <summary>A minimal SVG writer: shapes and text with invariant numbers and escaped labels.</summary>
internal sealed class SvgCanvas(double width, double height)
{
    private readonly StringBuilder _body = new();

    public double Width => width;

    public double Height { get; set; } = height;

    public void Rect(double x, double y, double w, double h, string fill, string? title = null, string extra = "")
    {
        _body.Append(Inv($"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{Math.Max(w, 0.6):0.##}\" height=\"{h:0.##}\" fill=\"{fill}\" {extra}>"));
        if (title is not null)
        {
            _body.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        }

        _body.Append("</rect>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string dash = "")
    {
        var d = dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "";
        _body.Append(Inv($"<line x1=\"{x1:0.##}\" y1=\"{y1:0.##}\" x2=\"{x2:0.##}\" y2=\"{y2:0.##}\" stroke=\"{stroke}\" stroke-width=\"{width:0.##}\"{d}/>\n"));
    }

    public void Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 2, string fill = "none")
    {
        var pts = string.Join(' ', points.Select(p => Inv($"{p.X:0.##},{p.Y:0.##}")));
        _body.Append(Inv($"<polyline points=\"{pts}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width:0.##}\" stroke-linejoin=\"round\"/>\n"));
    }

    public void Circle(double x, double y, double r, string fill, string? title = null)
    {
        _body.Append(Inv($"<circle cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"{r:0.##}\" fill=\"{fill}\">"));
        if (title is not null)
        {
            _body.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        }

        _body.Append("</circle>\n");
    }

    /// <summary>Starts a group; charts are groups with a class and id so tests and stylesheets can find them.</summary>
    public void BeginGroup(string cls, string? id = null)
    {
        var idAttr = id is null ? "" : $" id=\"{WebUtility.HtmlEncode(id)}\"";
        _body.Append(Inv($"<g class=\"{cls}\"{idAttr}>\n"));
    }

    public void EndGroup() => _body.Append("</g>\n");

    public void Text(double x, double y, string text, double size = 12, string fill = "#222", string anchor = "start", string weight = "normal", string? cls = null)
    {
        _body.Append(Inv($"<text x=\"{x:0.##}\" y=\"{y:0.##}\" font-size=\"{size:0.#}\" fill=\"{fill}\" text-anchor=\"{anchor}\" font-weight=\"{weight}\"{Class(cls)}>"))
            .Append(WebUtility.HtmlEncode(text)).Append("</text>\n");
    }

    /// <summary>Text turned to read upwards, centred on (x, y): a y-axis label.</summary>
    public void TextUp(double x, double y, string text, double size, string fill, string? cls = null)
    {
        _body.Append(Inv($"<text x=\"{x:0.##}\" y=\"{y:0.##}\" transform=\"rotate(-90 {x:0.##} {y:0.##})\" font-size=\"{size:0.#}\" fill=\"{fill}\" text-anchor=\"middle\"{Class(cls)}>"))
            .Append(WebUtility.HtmlEncode(text)).Append("</text>\n");
    }

    /// <summary>
    /// A paragraph wrapped to <paramref name="maxWidth"/> as one text element with a tspan per line
    /// (SVG has no line wrapping); returns the y below its last line.
    /// </summary>
    public double Paragraph(double x, double y, double maxWidth, string text, double size, string fill, string? cls = null, string weight = "normal")
    {
        var lines = Wrap(text, maxWidth, weight == "bold" ? size * 1.1 : size);
        var lineHeight = size * 1.35;
        _body.Append(Inv($"<text x=\"{x:0.##}\" y=\"{y:0.##}\" font-size=\"{size:0.#}\" fill=\"{fill}\" font-weight=\"{weight}\"{Class(cls)}>"));
        for (var i = 0; i < lines.Count; i++)
        {
            _body.Append(Inv($"<tspan x=\"{x:0.##}\" dy=\"{(i == 0 ? 0 : lineHeight):0.##}\">")).Append(WebUtility.HtmlEncode(lines[i])).Append("</tspan>");
        }

        _body.Append("</text>\n");
        return y + (lines.Count * lineHeight);
    }

    /// <summary>
    /// Roughly how wide <paramref name="text"/> is: about half an em a character suits Helvetica, Arial and
    /// Liberation Sans (what Debian's Chromium uses for them); the browser test checks the result.
    /// </summary>
    public static double TextWidth(string text, double size) => text.Length * size * 0.5;

    private static List<string> Wrap(string text, double maxWidth, double size)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && TextWidth(line + " " + word, size) > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static string Class(string? cls) => cls is null ? "" : $" class=\"{cls}\"";

    public override string ToString() =>
        Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width:0}\" height=\"{Height:0}\" viewBox=\"0 0 {Width:0} {Height:0}\" font-family=\"Helvetica, Arial, sans-serif\">\n")
        + Inv($"<rect width=\"{Width:0}\" height=\"{Height:0}\" fill=\"#ffffff\"/>\n") + _body + "</svg>\n";

    public static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
