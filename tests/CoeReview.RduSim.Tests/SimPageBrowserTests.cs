using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoeReview.RduSim.Tests;

/// <summary>
/// Issue #13.11: the sim page as a real browser draws it (Debian's Chromium, headless). A probe
/// script, added to a copy of the page for the test only, reports where each label landed; the
/// screenshot is decoded to see that charts, not a blank page, were drawn.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class SimPageBrowserTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    /// <summary>Labels a reader must be able to read: these must be drawn, inside the picture and clear of each other.</summary>
    private const string Probe = """
        <script>
        (function () {
          var svg = document.querySelector('svg'), box = svg.getBoundingClientRect();
          var labelled = '.page-title, .chart-title, .chart-caption, .axis-label, .legend-item, .tick, .marker-label, .series-name';
          var rect = function (e) { var r = e.getBoundingClientRect(); return { left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top }; };
          var out = {
            width: box.width, height: box.height,
            charts: Array.from(svg.querySelectorAll('g.chart')).map(function (g) { var r = rect(g); r.id = g.id; return r; }),
            texts: Array.from(svg.querySelectorAll(labelled)).map(function (t) { var r = rect(t); r.cls = t.getAttribute('class'); r.text = t.textContent; return r; })
          };
          var pre = document.createElement('pre'); pre.id = 'coe-probe'; pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
        })();
        </script>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("coe-sim-browser-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("sn40l-node", "dgx-h100")]
    [InlineData("sn40l-node", null)]
    public async Task In_chromium_every_chart_and_label_is_drawn_inside_the_picture_and_no_two_labels_overlap(string hardware, string? compare)
    {
        // Given the page with the probe added
        Chromium.RequireInstalled();
        var html = await SimPage.RenderAsync(hardware, compare, _dir);
        var file = Path.Combine(_dir, "probe.html");
        await File.WriteAllTextAsync(file, html.Replace("</body>", Probe + "</body>", StringComparison.Ordinal));

        // When Chromium loads it and prints the DOM
        var (code, dom, stderr) = await Chromium.RunAsync(["--window-size=1280,2000", "--dump-dom", new Uri(file).AbsoluteUri], s_timeout, CancellationToken.None);

        // Then the picture and each of its three charts have a size ...
        Assert.True(code == 0, stderr);
        var probe = JsonDocument.Parse(WebUtility.HtmlDecode(ProbeOutput().Match(dom).Groups[1].Value)).RootElement;
        var (width, height) = (probe.GetProperty("width").GetDouble(), probe.GetProperty("height").GetDouble());
        Assert.True(width >= 1000 && height >= 600, $"the SVG is drawn {width} × {height}");
        var charts = probe.GetProperty("charts").EnumerateArray().ToList();
        Assert.Equal(["chart-timeline", "chart-memory", "chart-knee"], charts.Select(c => c.GetProperty("id").GetString()));
        Assert.All(charts, c => Assert.True(Box.Of(c).Area > 10_000, $"{c.GetProperty("id")} is drawn {Box.Of(c)}"));

        // ... every title, caption, axis label and legend entry is drawn with its text ...
        var texts = probe.GetProperty("texts").EnumerateArray().Select(t => (Text: t.GetProperty("text").GetString()!, Cls: t.GetProperty("cls").GetString()!, Box: Box.Of(t))).ToList();
        foreach (var cls in new[] { "chart-title", "chart-caption", "axis-label", "legend-item" })
        {
            Assert.Contains(texts, t => t.Cls.Contains(cls, StringComparison.Ordinal));
        }

        Assert.All(texts, t => Assert.True(t.Text.Length > 0 && t.Box.Area > 0, $"'{t.Text}' ({t.Cls}) is not drawn"));

        // ... inside the picture, not clipped at its edges ...
        Assert.All(texts, t => Assert.True(t.Box.Inside(width, height), $"'{t.Text}' is clipped: {t.Box} outside {width} × {height}"));

        // ... and clear of every other label
        var overlaps = texts.SelectMany((a, i) => texts.Skip(i + 1).Where(b => a.Box.Overlap(b.Box) > 2).Select(b => $"'{a.Text}' and '{b.Text}'")).ToList();
        Assert.True(overlaps.Count == 0, "labels overlap: " + string.Join("; ", overlaps));
    }

    [Fact]
    public async Task A_chromium_screenshot_of_the_compare_page_is_a_1280_by_2000_png_with_the_charts_colours_in_it()
    {
        // Given the compare page as a file
        Chromium.RequireInstalled();
        var file = Path.Combine(_dir, "sim.html");
        await File.WriteAllTextAsync(file, await SimPage.RenderAsync("sn40l-node", "dgx-h100", _dir));
        var png = Path.Combine(_dir, "sim.png");

        // When Chromium takes a screenshot of it
        var (code, _, stderr) = await Chromium.RunAsync([$"--screenshot={png}", "--window-size=1280,2000", new Uri(file).AbsoluteUri], s_timeout, CancellationToken.None);

        // Then it is a PNG of the window's size ...
        Assert.True(code == 0 && File.Exists(png), $"no screenshot (exit {code}): {stderr}");
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.True(PngImage.HasSignature(bytes), "the screenshot has no PNG signature");
        var image = PngImage.Decode(bytes);
        Assert.Equal((1280, 2000), (image.Width, image.Height));

        // ... and not a blank page: many colours, the background under 97 % of it ...
        var counts = image.Pixels.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts.Count > 200, $"only {counts.Count} distinct colours: the page looks blank");
        Assert.True(counts.Values.Max() < 0.97 * image.Pixels.Length, "one colour covers more than 97 % of the screenshot");

        // ... with the switch bars and the first machine's series drawn in their colours
        Assert.True(counts.GetValueOrDefault(0xd62728u) > 500, "no switch-red bars in the screenshot");
        Assert.True(counts.GetValueOrDefault(0x6a3d9au) > 50, "nothing in sn40l-node's purple in the screenshot");

        // Kept beside the test binaries so a person can look at what was checked.
        File.Copy(png, Path.Combine(AppContext.BaseDirectory, "sim-page-compare.png"), overwrite: true);
    }

    [GeneratedRegex("<pre id=\"coe-probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbeOutput();

    /// <summary>A rendered box in CSS pixels, relative to the SVG's top-left corner.</summary>
    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public double Area => Math.Max(0, Right - Left) * Math.Max(0, Bottom - Top);

        public static Box Of(JsonElement e) => new(e.GetProperty("left").GetDouble(), e.GetProperty("top").GetDouble(), e.GetProperty("right").GetDouble(), e.GetProperty("bottom").GetDouble());

        public bool Inside(double width, double height) => Left >= -0.5 && Top >= -0.5 && Right <= width + 0.5 && Bottom <= height + 0.5;

        public double Overlap(Box o) => Math.Max(0, Math.Min(Right, o.Right) - Math.Max(Left, o.Left)) * Math.Max(0, Math.Min(Bottom, o.Bottom) - Math.Max(Top, o.Top));

        public override string ToString() => FormattableString.Invariant($"[{Left:0},{Top:0} – {Right:0},{Bottom:0}]");
    }
}
