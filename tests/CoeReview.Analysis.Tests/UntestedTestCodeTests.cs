using static CoeReview.Analysis.Tests.UntestedNotes;

namespace CoeReview.Analysis.Tests;

/// <summary>Issue #13.14: which test code counts: helpers, overrides, untouched tests, set-up and data, and tests that do not compile.</summary>
public sealed class UntestedTestCodeTests
{
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
}
