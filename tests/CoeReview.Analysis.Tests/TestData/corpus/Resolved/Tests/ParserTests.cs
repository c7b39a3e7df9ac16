using Xunit;

namespace Corpus.Tests;

public sealed class ParserTests
{
    [Fact]
    public void Parses_numbers()
    {
        var value = int.Parse("42");
        Console.WriteLine(value); // expect: test-without-assertion
    }

    [Fact]
    public void Waits_for_the_cache()
    {
        var cache = new Dictionary<string, int> { ["a"] = 1 };
        Thread.Sleep(500); // expect: sleep-in-test
        Assert.Equal(1, cache["a"]);
    }

    [Fact]
    public async Task Saves_in_the_background()
    {
        var store = new Store();
        store.SaveAsync("a"); // expect: unawaited-async-in-test
        await Task.Yield();
        Assert.True(store.Count >= 0);
    }

    [Fact]
    public void Always_passes()
    {
        Assert.True(true); // expect: tautological-assertion
    }

    [Fact]
    public void Compares_constants()
    {
        var parsed = int.Parse("5");
        Assert.NotNull(parsed.ToString());
        Assert.Equal(5, 5); // expect: tautological-assertion
    }

    [Theory]
    public void Waits_with_delay(int ms)
    {
        Task.Delay(ms).Wait(); // expect: sleep-in-test, sync-over-async
        Assert.True(ms >= 0);
    }
}

public sealed class ParserTestsFixed
{
    [Fact]
    public void Parses_numbers()
    {
        var value = int.Parse("42");
        Assert.Equal(42, value);
    }

    [Fact]
    public async Task Saves()
    {
        var store = new Store();
        await store.SaveAsync("a");
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task Rejects_empty_keys()
    {
        var store = new Store();
        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(""));
    }

    [Fact]
    public void Uses_a_helper()
    {
        var store = new Store();
        AssertEmpty(store);
    }

    [Fact]
    public void Fails_on_bad_input()
    {
        var value = int.Parse("7");
        if (value != 7)
        {
            throw new InvalidOperationException("parse failed");
        }
    }

    private static void AssertEmpty(Store store) => Assert.Equal(0, store.Count);
}

public sealed class Store
{
    public int Count { get; private set; }

    public Task SaveAsync(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Count++;
        return Task.CompletedTask;
    }
}
