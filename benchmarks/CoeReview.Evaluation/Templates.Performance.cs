namespace CoeReview.Evaluation;

internal static partial class Templates
{
    private static readonly string[] s_performance = ["performance"];

    private static IEnumerable<(string Name, Func<Names, HunkCase> Make)> Performance() =>
    [
        ("concat-loop", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Formatter"), n.Member("Render", e, $"IEnumerable<{e}> items"), s_performance,
                "var text = \"\";", $"foreach (var {n.Var(e)} in items)", "{", $"    text {n.Pick("+=", "= text +")} {n.Var(e)}.{n.Field()} + \"{n.Pick(",", ";", "\\n")}\";", "}");
        }),
        ("sync-over-async", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e), n.Member(n.Verb(), e, "int id"), s_performance,
                n.Pick($"var {n.Var(e)} = _repository.Get{e}Async(id).Result;", $"_publisher.PublishAsync(new {e}Changed(id)).Wait();", $"var {n.Var(e)} = _client.Fetch{e}Async(id).GetAwaiter().GetResult();", $"Task.Run(() => _cache.Refresh{e}Async(id)).Wait();"));
        }),
        ("regex-per-call", n => HunkCase.Of(n.SourcePath(n.Entity(), "Validator"), n.Member("IsValid", n.Field(), "string value"), s_performance,
            n.Pick("var regex = new Regex(@\"^[A-Z]{2}\\d{6}$\");", "var pattern = new Regex(_settings.Pattern, RegexOptions.IgnoreCase);"), n.Pick("return regex.IsMatch(value);", "return pattern.Match(value).Success;"))),
        ("httpclient-per-call", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Client"), n.Member("Fetch", e, "int id"), s_performance,
                n.Pick("using var client = new HttpClient();", "using (var http = new HttpClient { BaseAddress = _baseAddress })"), $"var json = await {n.Pick("client", "http")}.GetStringAsync($\"{n.Var(e)}s/{{id}}\");");
        }),
        ("quadratic", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Matcher"), n.Member("Match", e, $"List<{e}> left, List<{e}> right"), s_performance,
                $"foreach (var a in left)", "{", n.Pick("    if (right.Contains(a)) { common.Add(a); }", "    var b = right.FirstOrDefault(x => x.Id == a.Id);", "    foreach (var b in right) { if (b.Code == a.Code) pairs.Add((a, b)); }", "    if (!seen.ToList().Any(s => s == a.Id)) seen.Add(a.Id);"), "}");
        }),
        ("repeated-enumeration", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Summary"), n.Member("Summarize", e, $"IEnumerable<{e}> source"), s_performance,
                $"var active = source.Where(x => x.{n.Field()} != null);", n.Pick("if (active.Count() > 0) { average = active.Sum(x => x.Total) / active.Count(); }", "var first = active.First(); var last = active.Last(); var count = active.Count();"));
        }),
        ("n-plus-one", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Query"), n.Member("Load", e + "s", "int pageSize"), s_performance,
                $"var {n.Var(e)}s = await _db.{e}s.Take(pageSize).ToListAsync();", $"foreach (var item in {n.Var(e)}s)", "{",
                $"    item.Lines = await _db.{e}Lines.Where(l => l.{e}Id == item.Id).ToListAsync();", "}");
        }),
        ("exception-flow", n => HunkCase.Of(n.SourcePath(n.Entity(), "Parser"), n.Member("ParseAll", "", "string[] values"), s_performance,
            "foreach (var v in values)", "{", n.Pick("    try { numbers.Add(int.Parse(v)); } catch (FormatException) { }", "    try { dates.Add(DateTime.Parse(v)); } catch { continue; }"), "}")),
        ("alloc-in-loop", n => HunkCase.Of(n.SourcePath(n.Entity(), "Pipeline"), n.Member("Run", "Batch", "IReadOnlyList<Row> rows"), s_performance,
            "for (var i = 0; i < rows.Count; i++)", "{", n.Pick("    var buffer = new byte[64 * 1024];", "    var snapshot = rows.ToList();", "    var lookup = rows.ToDictionary(r => r.Key);"), "    Handle(rows[i], buffer);", "}")),
        ("load-all-then-filter", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Repository"), n.Member("Recent", e + "s", "DateTime since"), s_performance,
                $"var all = {n.Pick("_db." + e + "s.ToList()", "await _db." + e + "s.ToListAsync()")};", "return all.Where(x => x.CreatedAt > since).OrderByDescending(x => x.CreatedAt).Take(20).ToList();");
        }),
        ("blocking-sleep", n => HunkCase.Of(n.SourcePath("Retry", "Policy"), n.Member("Execute", "", "Func<bool> action"), s_performance,
            "while (!action())", "{", n.Pick("    Thread.Sleep(1000);", "    Thread.Sleep(TimeSpan.FromSeconds(attempt));"), "}")),
        ("linq-chain", n => HunkCase.Of(n.SourcePath(n.Entity(), "Index"), n.Member("Build", "Index", "IEnumerable<Entry> entries"), s_performance,
            "return entries.ToList().OrderBy(e => e.Key).ToList().GroupBy(e => e.Key).Select(g => g.First()).ToList().ToArray();")),
        ("format-in-loop", n => HunkCase.Of(n.SourcePath("Audit", "Writer"), n.Member("Write", "Entries", "IList<Entry> entries"), s_performance,
            "for (int i = 0; i < entries.Count; i++)", "{", "    _log.Debug(string.Format(\"entry {0}: {1} at {2}\", i, entries[i].Action, entries[i].At));", "}")),
    ];
}
