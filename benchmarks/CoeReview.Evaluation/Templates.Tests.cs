namespace CoeReview.Evaluation;

internal static partial class Templates
{
    private static readonly string[] s_tests = ["tests"];

    private static IEnumerable<(string Name, Func<Names, HunkCase> Make)> Tests() =>
    [
        ("no-assert", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.TestPath(e), $"    public sealed class {e}ServiceTests", s_tests,
                "[Fact]", $"public void {n.Verb()}_{e}_{n.Pick("works", "succeeds", "handles_empty_input")}()", "{", $"    var sut = new {e}Service(new Fake{e}Repository());", $"    sut.{n.Verb()}(new {e}());", "}");
        }),
        ("sleep", n => HunkCase.Of(n.TestPath(n.Entity()), "    public async Task Processes_queued_messages()", s_tests,
            n.Pick("Thread.Sleep(3000);", "await Task.Delay(2000);", "Thread.Sleep(500);"), "Assert.True(worker.Processed > 0);")),
        ("async-void", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.TestPath(e), $"    public class {e}HandlerTests", s_tests,
                "[Fact]", $"public async void Handles_{n.Var(e)}_event()", "{", $"    await _handler.HandleAsync(new {e}Created({n.Int(1, 100)}));", "}");
        }),
        ("tautology", n => HunkCase.Of(n.TestPath(n.Entity()), "    public void Computes_the_total()", s_tests,
            n.Pick("Assert.True(true);", "Assert.Equal(expected, expected);", "Assert.NotNull(new object());", "Assert.Equal(result.Total, result.Total);"))),
        ("good-test", n =>
        {
            var e = n.Entity();
            var f = n.Field();
            return HunkCase.Of(n.TestPath(e), $"    public sealed class {e}ValidatorTests", s_tests,
                "[Fact]", $"public void Rejects_{n.Var(e)}_without_{n.Var(f)}()", "{", $"    var result = new {e}Validator().Validate(new {e} {{ {f} = null }});", $"    Assert.False(result.IsValid);", "}");
        }),
        ("theory", n => HunkCase.Of(n.TestPath(n.Entity()), "    public sealed class ParserTests", s_tests,
            "[Theory]", $"[InlineData(\"{n.Int(1, 99)}\", {n.Int(1, 99)})]", "[InlineData(\"\", 0)]", "public void Parses_quantity(string text, int expected) => Assert.Equal(expected, Quantity.Parse(text));")),
        ("fixture", n =>
        {
            var e = n.Entity();
            return HunkCase.Of(n.TestPath(e), $"    public sealed class {e}RepositoryTests : IClassFixture<DatabaseFixture>", s_tests,
                $"public {e}RepositoryTests(DatabaseFixture fixture)", "{", "    _connection = fixture.CreateConnection();", $"    _repository = new {e}Repository(_connection);", "}");
        }),
        ("nunit-mstest", n => HunkCase.Of(n.TestPath(n.Entity()), "    public class CalculatorTests", s_tests,
            n.Pick("[Test]", "[TestMethod]"), "public void Divides_by_two()", "{", n.Pick("    Assert.AreEqual(2, Calculator.Divide(4, 2));", "    Assert.That(Calculator.Divide(4, 2), Is.EqualTo(2));"), "}")),
        ("fluent", n => HunkCase.Of(n.TestPath(n.Entity()), "    public void Maps_the_dto()", s_tests,
            "var dto = _mapper.Map<OrderDto>(order);", n.Pick("dto.Should().BeEquivalentTo(expected);", "dto.Total.Should().Be(42m);"))),
        ("test-helper", n =>
        {
            var e = n.Entity();
            return HunkCase.Of($"tests/{e}.Tests/Builders/{e}Builder.cs", $"    internal sealed class {e}Builder", s_tests,
                $"public {e}Builder With{n.Field()}(string value)", "{", $"    _{n.Var(n.Field())} = value;", "    return this;", "}");
        }),
    ];
}
