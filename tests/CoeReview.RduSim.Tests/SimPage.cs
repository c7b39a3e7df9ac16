using System.Xml;
using System.Xml.Linq;
using CoeReview.RduSim.Hardware;
using CoeReview.RduSim.Output;
using CoeReview.RduSim.Simulation;

namespace CoeReview.RduSim.Tests;

/// <summary>The sim HTML page, rendered as `coe-review sim` renders it, and read back as XML, chart by chart.</summary>
internal static class SimPage
{
    public const string SmallScenario = """{ "experts": 80, "requests": 48, "batchSize": 8 }""";

    /// <summary>Runs `sim --format html` (or svg; with <paramref name="compare"/> when given) and returns the page.</summary>
    public static async Task<string> RenderAsync(string hardware, string? compare, string dir, string format = "html")
    {
        var scenario = Path.Combine(dir, "scenario.json");
        await File.WriteAllTextAsync(scenario, SmallScenario);
        var other = compare is null ? null : HardwareCatalog.Resolve(compare);
        var run = SimComparison.Run(Scenario.Load(scenario), HardwareCatalog.Resolve(hardware), other, SimReport.TimelineLimit(format));
        return SimReport.Render(run, format);
    }

    /// <summary>The page as XML: it is written well-formed on purpose; the DOCTYPE is skipped, not resolved.</summary>
    public static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static IEnumerable<XElement> Charts(XDocument page) =>
        page.Descendants().Where(e => e.Name.LocalName == "g" && HasClass(e, "chart"));

    public static IEnumerable<XElement> WithClass(XElement scope, string cls) =>
        scope.Descendants().Where(e => HasClass(e, cls));

    public static bool HasClass(XElement e, string cls) =>
        ((string?)e.Attribute("class"))?.Split(' ').Contains(cls) == true;

    /// <summary>Every piece of text a reader can see: SVG text, tooltips and the HTML around them.</summary>
    public static string VisibleText(XDocument page) => string.Join('\n', page.Descendants().Where(e => !e.HasElements).Select(e => e.Value));
}
