using System.Text.RegularExpressions;

namespace Corpus.Performance;

public sealed class Calls
{
    public string Download(string url)
    {
        using var client = new HttpClient(); // expect: httpclient-per-call
        return client.GetStringAsync(url).Result; // expect: sync-over-async
    }

    public void Save(Func<Task> save)
    {
        save().Wait(); // expect: sync-over-async
    }

    public int Read(Func<Task<int>> read) => read().GetAwaiter().GetResult(); // expect: sync-over-async

    public bool IsValid(string input)
    {
        var regex = new Regex("^[a-z0-9]+$"); // expect: regex-per-call
        return regex.IsMatch(input);
    }

    public bool HasAny(IEnumerable<int> values) => values.Count() > 0; // expect: count-vs-any
}

public sealed partial class CallsFixed(IHttpClientFactory factory)
{
    private static readonly HttpClient s_shared = new();
    private static readonly Regex s_word = new("^[a-z0-9]+$", RegexOptions.Compiled);

    public async Task<string> Download(string url)
    {
        var client = factory.CreateClient();
        return await client.GetStringAsync(url) + await s_shared.GetStringAsync(url);
    }

    public async Task<int> Both(Func<Task<int>> a, Func<Task<int>> b)
    {
        var first = a();
        var second = b();
        await Task.WhenAll(first, second);
        return first.Result + second.Result;
    }

    public bool IsValid(string input) => s_word.IsMatch(input) && Regex.IsMatch(input, "^[a-z]") && Word().IsMatch(input);

    public bool Matches(string input, string pattern) => new Regex(pattern).IsMatch(input);

    public bool HasAny(IEnumerable<int> values) => values.Any();

    public Outcome Check() => new Outcome { Result = true };

    public bool Passed() => Check().Result;

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex Word();
}

public sealed class Outcome
{
    public bool Result { get; init; }
}

public interface IHttpClientFactory
{
    HttpClient CreateClient();
}
