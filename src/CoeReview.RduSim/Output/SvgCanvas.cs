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

    public void Text(double x, double y, string text, double size = 12, string fill = "#222", string anchor = "start", string weight = "normal")
    {
        _body.Append(Inv($"<text x=\"{x:0.##}\" y=\"{y:0.##}\" font-size=\"{size:0.#}\" fill=\"{fill}\" text-anchor=\"{anchor}\" font-weight=\"{weight}\">"))
            .Append(WebUtility.HtmlEncode(text)).Append("</text>\n");
    }

    public override string ToString() =>
        Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width:0}\" height=\"{Height:0}\" viewBox=\"0 0 {Width:0} {Height:0}\" font-family=\"Helvetica, Arial, sans-serif\">\n")
        + Inv($"<rect width=\"{Width:0}\" height=\"{Height:0}\" fill=\"#ffffff\"/>\n") + _body + "</svg>\n";

    public static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
