using System.Net;

namespace CoeReview.RduSim.Output;

/// <summary>
/// `sim --format html`: the pictures with the text table beneath, in one self-contained page. The
/// page is also well-formed XML (void elements closed), so tests can read it with XDocument.
/// </summary>
internal static class SimHtmlRenderer
{
    public static string Render(SimComparison run, IReadOnlyList<KneeCurve> knee)
    {
        ArgumentNullException.ThrowIfNull(run);
        var title = WebUtility.HtmlEncode(run.CompareHardware is { } c ? $"{run.Hardware.Name} vs {c.Name}" : run.Hardware.Name);
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>coe-review sim: {{title}}</title>
            <style>body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#222}pre{background:#f6f6f6;padding:12px;border-radius:6px;overflow-x:auto}svg{max-width:100%;height:auto}</style>
            </head>
            <body>
            {{SimSvgRenderer.Render(run, knee)}}
            <h2>Numbers</h2>
            <pre>{{WebUtility.HtmlEncode(SimTextReport.Render(run))}}</pre>
            </body>
            </html>

            """;
    }
}
