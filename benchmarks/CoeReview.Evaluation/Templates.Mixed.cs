namespace CoeReview.Evaluation;

internal static partial class Templates
{
    private static IEnumerable<(string Name, Func<Names, HunkCase> Make)> Mixed() =>
    [
        ("sql-in-loop", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Repository"), n.Member("Load", e + "s", "IEnumerable<string> codes"), ["security", "performance"],
                "foreach (var code in codes)", "{", $"    using var cmd = new SqlCommand(\"SELECT * FROM {e}s WHERE Code = '\" + code + \"'\", _connection);", "    results.Add(Read(cmd.ExecuteReader()));", "}");
        }),
        ("fetch-url-per-call", n => HunkCase.Of(n.SourcePath("Preview", "Service"), n.Member("Fetch", "Preview", "string url"), ["security", "performance"],
            "using var client = new HttpClient();", "return client.GetStringAsync(url).Result;")),
        ("broken-security", n => HunkCase.Of(n.SourcePath("Crypto", "Helper"), n.Member("Hash", "", "string input"), ["security", "syntax"],
            "using var md5 = MD5.Create()", "return md5.ComputeHash(Encoding.UTF8.GetBytes(input));") with { Hits = ["syntax"] }),
        ("broken-test", n => HunkCase.Of(n.TestPath(n.Entity()), "    public void Computes_tax()", ["tests", "syntax"],
            "var tax = TaxCalculator.Compute(100m)", "Assert.Equal(19m, tax);") with { Hits = ["syntax"] }),
        ("controller-plain", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.ControllerPath(e), "    public sealed class " + e + "Controller : ControllerBase", ["security"],
                $"[HttpGet(\"{{id:int}}\")]", $"public async Task<ActionResult<{e}Dto>> Get(int id, CancellationToken ct)", "{", $"    var found = await _service.Get{e}Async(id, ct);", "    return found is null ? NotFound() : Ok(found);", "}");
        }),
    ];
}
