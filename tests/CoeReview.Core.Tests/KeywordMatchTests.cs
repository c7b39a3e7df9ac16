using CoeReview.Core.Experts;
using CoeReview.Core.Routing;

namespace CoeReview.Core.Tests;

public sealed class KeywordMatchTests
{
    [Theory]
    [InlineData("var c = new SqlCommand(q);", "Sql", true)]
    [InlineData("using var c = new MySqlConnection(s);", "Sql", false)]
    [InlineData("for (var i = 0; i < n; i++)", "for", true)]
    [InlineData("logger.LogInformation(\"x\");", "for", false)]
    [InlineData("var text = string.Format(\"{0}\", x);", "for", false)]
    [InlineData("public Task RunAsync(CancellationToken cancellationToken)", "Token", false)]
    [InlineData("var token = request.Headers.Authorization;", "Authorization", true)]
    [InlineData("public interface IPasswordHasher : IDisposable", "Password", true)]
    [InlineData("private readonly string _password;", "password", true)]
    [InlineData("var x = task.Result;", ".Result", true)]
    [InlineData("[Fact] public void Works() { }", "[Fact", true)]
    public void A_keyword_matches_only_where_a_word_starts_and_ends(string text, string keyword, bool expected)
    {
        Assert.Equal(expected, KeywordMatch.In(text, keyword));
    }

    [Fact]
    public void An_expert_file_may_set_its_own_routing_threshold_between_0_and_1()
    {
        var (good, none) = ExpertLoader.Load("a.yml", "id: a\ndescription: A\nrouting:\n  threshold: 0.3\n  examples: ['x']\n");
        var (bad, errors) = ExpertLoader.Load("b.yml", "id: b\ndescription: B\nrouting:\n  threshold: 1.5\n  examples: ['x']\n");

        Assert.Empty(none);
        Assert.Equal(0.3, good!.Routing.Threshold);
        Assert.Null(bad);
        Assert.Contains(errors, e => e.Message.Contains("threshold must be between 0 and 1", StringComparison.Ordinal));
    }
}
