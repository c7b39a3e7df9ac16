namespace CoeReview.Evaluation;

internal static partial class Templates
{
    private static readonly string[] s_syntax = ["syntax"];

    private static IEnumerable<(string Name, Func<Names, HunkCase> Make)> Syntax() =>
    [
        // Compile errors: the compiler reports each of them, so the syntax expert's analysis fires on the line.
        ("type-error", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e), n.Member(n.Verb(), e, "int id"), s_syntax,
                n.Pick($"int count = \"{n.Int(1, 9)}\";", $"{e} {n.Var(e)} = id;", "bool ok = _repository.Find(id);", "string label = id * 2;")) with { Hits = s_syntax };
        }),
        ("missing-token", n => HunkCase.Of(n.SourcePath(n.Entity()), n.Member("Compute", "Total", "decimal price"), s_syntax,
            n.Pick("var total = price * _rate", "return price + tax", "if (price > 0 { discount = 5; }")) with { Hits = s_syntax }),
        ("null-deref", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e), n.Member("Describe", e, "int id"), s_syntax,
                $"{e}? found = _store.Find{e}(id);", $"return found.{n.Field()}.ToUpperInvariant();") with { Hits = s_syntax };
        }),
        ("unknown-name", n => HunkCase.Of(n.SourcePath(n.Entity()), n.Member("Reset", "", ""), s_syntax,
            n.Pick("_counter = initialValue;", "this.Statuss = Status.None;", "return CalculateTotl(items);")) with { Hits = s_syntax }),

        // Plain changes without a security, performance or test angle: the syntax expert is their generalist.
        ("record", n =>
        {
            var e = n.Entity();
            return HunkCase.Of($"src/Core/Domain/{e}.cs", $"    namespace Shop.Domain", s_syntax,
                $"public sealed record {e}(int Id, string {n.Field()}, DateTimeOffset CreatedAt)", "{", $"    public bool IsNew => CreatedAt > DateTimeOffset.UtcNow.AddDays(-{n.Int(1, 30)});", "}");
        }),
        ("property", n =>
        {
            var e = n.Entity();
            var f = n.Field();
            return HunkCase.Of(n.SourcePath(e, "Dto"), $"    public sealed class {e}Dto", s_syntax,
                $"public string {f} {{ get; init; }} = string.Empty;", n.Pick($"public int {n.Field()}Count {{ get; set; }}", $"public DateTime? {n.Field()}At {{ get; set; }}"));
        }),
        ("switch", n => HunkCase.Of(n.SourcePath(n.Entity(), "Mapper"), n.Member("ToLabel", "", "Status status"), s_syntax,
            "return status switch", "{", $"    Status.{n.Pick("Open", "Draft", "New")} => \"{n.Pick("open", "draft", "new")}\",", "    Status.Closed => \"closed\",", "    _ => throw new ArgumentOutOfRangeException(nameof(status)),", "};")),
        ("guard", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e), n.Member(n.Verb(), e, $"{e} {n.Var(e)}"), s_syntax,
                $"ArgumentNullException.ThrowIfNull({n.Var(e)});", n.Pick($"if ({n.Var(e)}.Id <= 0) throw new ArgumentException(\"id must be positive\", nameof({n.Var(e)}));", $"_ = {n.Var(e)}.{n.Field()} ?? throw new InvalidOperationException(\"missing\");"));
        }),
        ("mapping", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Mapper"), n.Member("ToDto", e, $"{e} source"), s_syntax,
                $"return new {e}Dto", "{", "    Id = source.Id,", $"    {n.Field()} = source.{n.Field()},", $"    {n.Field()} = source.{n.Field()}?.Trim(),", "};");
        }),
        ("ctor-injection", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.SourcePath(e, "Handler"), $"    public sealed class {e}Handler", s_syntax,
                $"public {e}Handler(I{e}Repository repository, ILogger<{e}Handler> logger, TimeProvider clock)", "{", "    _repository = repository;", "    _logger = logger;", "    _clock = clock;", "}");
        }),
        ("enum", n => HunkCase.Of($"src/Core/Domain/{n.Entity()}Status.cs", "    public enum " + n.Entity() + "Status", s_syntax,
            n.Pick("Pending,", "Archived,", "Cancelled = 4,", "OnHold,"), n.Pick("Refunded,", "Expired,", "Suspended,"))),
        ("logging-message", n => HunkCase.Of(n.SourcePath(n.Entity()), n.Member(n.Verb(), n.Entity(), "int id"), s_syntax,
            $"_logger.LogInformation(\"{n.Verb()} finished for {{Id}} in {{Elapsed}} ms\", id, elapsed.TotalMilliseconds);")),
        ("rename", n =>
        {
            var e = n.Entity();
            return new HunkCase(n.SourcePath(e), n.Member(n.Verb(), e, "int id"), [$"var {n.Var(e)}Result = Calculate(id);", $"return {n.Var(e)}Result;"],
                [$"var {n.Var(e)}Value = Calculate(id);", $"return {n.Var(e)}Value;"], s_syntax, []);
        }),
        ("pattern-match", n => HunkCase.Of(n.SourcePath(n.Entity(), "Rules"), n.Member("Applies", "", "object input"), s_syntax,
            n.Pick("if (input is Order { Total: > 100 } order && order.Lines.Count > 0)", "return input is string { Length: > 0 } s ? s : null;", "if (input is not null and not string)"))),
    ];
}
