using CoeReview.Core.Diff;

namespace CoeReview.Analysis.Tests;

/// <summary>
/// Issue #13.14: "changed but untested" decides by the symbols the changed tests reach, not by names in
/// their text. A library and its test project (with a ProjectReference) compiled in memory; the test
/// project declares its own FactAttribute so its code binds without a restore.
/// </summary>
public sealed class UntestedBySymbolTests
{
    private static readonly RoslynAnalysisEngine s_rules = new(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });

    private const string Library = "src/Shop/Code.cs";
    private const string Tests = "tests/Shop.Tests/CodeTests.cs";

    [Fact]
    public async Task Members_reached_only_through_extension_calls_are_tested()
    {
        // Given a classic extension method and a C# 14 extension property, both called by the test, and one the test leaves alone
        var library = """
            namespace Shop;

            public sealed class Basket
            {
                public int Count { get; init; }
            }

            public static class BasketExtensions
            {
                public static bool IsEmpty(this Basket basket) => basket.Count == 0;

                public static bool IsFull(this Basket basket) => basket.Count > 100;

                extension(Basket basket)
                {
                    public bool IsLarge => basket.Count > 10;
                }
            }
            """;
        var test = Test("""
            [Fact]
            public void An_empty_basket_is_not_large()
            {
                var basket = new Basket();
                if (!basket.IsEmpty() || basket.IsLarge) throw new System.InvalidOperationException();
            }
            """);

        // When the change is reviewed
        var note = await NoteAsync(library, test);

        // Then only the member no test calls is named, and by symbol (no "matched by name")
        Assert.Equal("BasketExtensions.IsFull changed but no test in this change calls it, so the new behaviour is unverified.", note);
    }

    [Fact]
    public async Task A_type_named_only_in_a_comment_or_a_string_of_a_test_is_not_tested()
    {
        var library = """
            namespace Shop;

            public sealed class Pricing
            {
                public decimal Total(decimal net) => net * 1.2m;
            }

            public sealed class Tax
            {
                public decimal Rate() => 0.2m;
            }
            """;
        var test = Test("""
            // Pricing.Total is covered elsewhere; this class tests Tax.
            [Fact]
            public void The_rate_is_a_fifth()
            {
                var label = "Pricing.Total";
                if (new Tax().Rate() != 0.2m || label.Length == 0) throw new System.InvalidOperationException();
            }
            """);

        var note = await NoteAsync(library, test);

        Assert.Equal("Pricing.Total changed but no test in this change calls it, so the new behaviour is unverified.", note);
    }

    [Fact]
    public async Task A_method_of_the_same_name_on_another_type_does_not_count()
    {
        var library = """
            namespace Shop;

            public sealed class Pricing
            {
                public decimal Total(decimal net) => net * 1.2m;
            }

            public sealed class Receipt
            {
                public decimal Total() => 12m;
            }
            """;
        var test = Test("""
            [Fact]
            public void A_receipt_totals_twelve()
            {
                if (new Receipt().Total() != 12m) throw new System.InvalidOperationException();
            }
            """);

        var note = await NoteAsync(library, test);

        Assert.Equal("Pricing.Total changed but no test in this change calls it, so the new behaviour is unverified.", note);
    }

    private const string Account = """
        namespace Shop;

        public sealed class Account
        {
            private decimal _limit;

            public Account(decimal opening) => Balance = opening < 0 ? 0 : opening;

            public decimal Balance { get; }

            public decimal Limit
            {
                get => _limit;
                set => _limit = value < 0 ? 0 : value;
            }

            public static Account Open() => new(0m);
        }
        """;

    [Fact]
    public async Task A_constructor_and_a_property_setter_the_test_calls_are_tested_and_the_getter_it_does_not_read_is_not()
    {
        var test = Test("""
            [Fact]
            public void Opening_with_a_limit_keeps_the_balance()
            {
                var account = new Account(5m) { Limit = 3m };
                if (account.Balance != 5m) throw new System.InvalidOperationException();
            }
            """);

        var note = await NoteAsync(Account, test);

        Assert.Equal("2 changed members have no test in this change (Account.Limit getter, Account.Open), so the new behaviour is unverified.", note);
    }

    [Fact]
    public async Task What_the_library_calls_inside_a_tested_member_is_not_tested_by_it()
    {
        // Open constructs the account internally: the test of Open does not test the constructor.
        var test = Test("""
            [Fact]
            public void An_opened_account_has_no_limit()
            {
                var account = Account.Open();
                if (account.Limit != 0m) throw new System.InvalidOperationException();
            }
            """);

        var note = await NoteAsync(Account, test);

        Assert.Equal("2 changed members have no test in this change (Account constructor, Account.Limit setter), so the new behaviour is unverified.", note);
    }

    [Fact]
    public async Task Calls_through_a_test_helper_a_base_class_or_an_interface_test_the_overrides_of_the_types_the_test_creates()
    {
        var library = """
            namespace Shop;

            public abstract class Shape
            {
                public abstract double Area();
            }

            public sealed class Square(double side) : Shape
            {
                public override double Area() => side * side;
            }

            public sealed class Circle(double radius) : Shape
            {
                public override double Area() => 3.14 * radius * radius;
            }

            public interface IDiscount
            {
                decimal Apply(decimal price);
            }

            public sealed class HalfOff : IDiscount
            {
                public decimal Apply(decimal price) => price / 2;
            }
            """;
        var test = Test("""
            [Fact]
            public void A_unit_square_has_area_one() => Check(new Square(1), 1);

            [Fact]
            public void Half_off_halves()
            {
                IDiscount discount = new HalfOff();
                if (discount.Apply(4m) != 2m) throw new System.InvalidOperationException();
            }

            private static void Check(Shape shape, double area)
            {
                if (shape.Area() != area) throw new System.InvalidOperationException();
            }
            """);

        var note = await NoteAsync(library, test);

        Assert.Equal("Circle.Area changed but no test in this change calls it, so the new behaviour is unverified.", note);
    }

    [Fact]
    public async Task A_test_method_the_change_does_not_touch_does_not_count()
    {
        var library = "namespace Shop;\n\npublic sealed class Tax\n{\n    public decimal Rate() => 0.2m;\n}\n";
        var test = Test("""
            [Fact]
            public void Old_test_of_the_rate()
            {
                if (new Tax().Rate() != 0.2m) throw new System.InvalidOperationException();
            }

            [Fact]
            public void New_test_of_nothing_in_particular()
            {
                if (new object() is null) throw new System.InvalidOperationException();
            }
            """);

        // Only the new test's five lines are added to the test file
        var note = await NoteAsync(library, test, Adds(test, Line(test, "New_test") - 1, 5));

        Assert.Equal("Tax.Rate changed but no test in this change calls it, so the new behaviour is unverified.", note);
    }

    [Fact]
    public async Task The_constructor_and_the_data_source_of_a_changed_test_count_although_the_change_does_not_touch_them()
    {
        var library = """
            namespace Shop;

            public sealed class Tax
            {
                public Tax(decimal rate) => Rate = rate < 0 ? 0 : rate;

                public decimal Rate { get; }
            }

            public sealed class Price
            {
                public Price(decimal amount) => Amount = amount < 0 ? 0 : amount;

                public decimal Amount { get; }
            }

            public sealed class Vat
            {
                public decimal Of(decimal net) => net * 0.2m;
            }
            """;
        var test = Test("""
            private readonly Tax _tax;

            public CodeTests() => _tax = new Tax(0.2m);

            public static object[][] Prices => [[new Price(10m)]];

            [Theory]
            [MemberData(nameof(Prices))]
            public void Taxes_are_never_negative(Price price)
            {
                if (_tax.Rate * price.Amount < 0) throw new System.InvalidOperationException();
            }
            """);

        // Only the test method's six lines are added
        var note = await NoteAsync(library, test, Adds(test, Line(test, "[Theory]"), 6));

        Assert.Equal("Vat.Of changed but no test in this change calls it, so the new behaviour is unverified.", note);
    }

    [Fact]
    public async Task Tests_that_do_not_compile_are_matched_by_name_and_the_note_says_so()
    {
        // Given a test project that does not reference the library, so its calls do not bind
        var library = """
            namespace Shop;

            public sealed class Pricing
            {
                public decimal Total(decimal net) => net * 1.2m;
            }

            public sealed class Tax
            {
                public decimal Rate() => 0.2m;
            }
            """;
        var test = Test("""
            [Fact]
            public void Totals_add_vat()
            {
                if (new Pricing().Total(10m) != 12m) throw new System.InvalidOperationException();
            }
            """);

        var note = await NoteAsync(library, test, testProject: "<Project Sdk=\"Microsoft.NET.Sdk\" />");

        Assert.Equal("Tax.Rate changed but no test in this change calls it, so the new behaviour is unverified. Some of the changed tests did not compile here, so they were matched by name.", note);
    }

    // The 1-based line of the first line holding the text.
    private static int Line(string text, string holding) => Array.FindIndex(text.Split('\n'), l => l.Contains(holding, StringComparison.Ordinal)) + 1;

    // A change of the test file that adds only the given lines.
    private static DiffFile Adds(string test, int first, int count)
    {
        var lines = test.Split('\n');
        var added = Enumerable.Range(first, count).Select(n => new DiffLine(DiffLineKind.Added, null, n, lines[n - 1])).ToList();
        return new DiffFile(Tests, Tests, FileChangeKind.Modified, false, [new DiffHunk(first, 0, first, count, "", added)]);
    }

    private static string Test(string members) =>
        "using Shop;\nusing Xunit;\n\nnamespace Shop.Tests;\n\npublic sealed class CodeTests\n{\n" + string.Join('\n', members.Split('\n').Select(l => l.Length == 0 ? l : "    " + l)) + "\n}\n";

    // The library's file and the test file changed together; the review's one untested note.
    private static async Task<string?> NoteAsync(string library, string test, DiffFile? testChange = null, string? testProject = null)
    {
        var files = new Dictionary<string, string>
        {
            ["src/Shop/Shop.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>",
            [Library] = library,
            ["tests/Shop.Tests/Shop.Tests.csproj"] = testProject ?? """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                  <ItemGroup><ProjectReference Include="..\..\src\Shop\Shop.csproj" /></ItemGroup>
                </Project>
                """,
            ["tests/Shop.Tests/Xunit.cs"] = """
                namespace Xunit;

                public sealed class FactAttribute : System.Attribute;

                public sealed class TheoryAttribute : System.Attribute;

                public sealed class MemberDataAttribute(string name) : System.Attribute
                {
                    public string Name => name;
                }
                """,
            [Tests] = test,
        };
        var diff = Fixtures.InMemory(files, Library, Tests);
        if (testChange is not null)
        {
            diff = diff with { Files = [diff.Files[0], testChange] };
        }

        var found = await s_rules.AnalyzeAsync(diff, CancellationToken.None);
        return Assert.Single(found, f => f.RuleId == "COE-TEST-005").Message;
    }
}
