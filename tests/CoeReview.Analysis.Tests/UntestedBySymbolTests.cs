using static CoeReview.Analysis.Tests.UntestedNotes;

namespace CoeReview.Analysis.Tests;

/// <summary>
/// Issue #13.14: "changed but untested" decides by the symbols the changed tests reach, not by names in
/// their text: what counts as reaching a member.
/// </summary>
public sealed class UntestedBySymbolTests
{
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
}
