using System.Text.RegularExpressions;
using CoeReview.Prompting;
using CoeReview.RduSim.Backend;
using CoeReview.Remote.Tests.Fakes;

namespace CoeReview.Remote.Tests;

/// <summary>rdu-sim simulates what the expert's model would cost for the prompts this backend really sends.</summary>
public sealed partial class RduSimPricingTests
{
    [Theory]
    [InlineData("one hunk with context and an analysis finding")]
    [InlineData("ten hunks packed into two requests")]
    public async Task Rdu_sim_charges_the_prompt_tokens_of_the_requests_the_remote_backend_sends(string change)
    {
        // Given the security expert, a change and its analysis, and the loopback OpenAI stand-in
        var (diff, finding) = change.StartsWith("one", StringComparison.Ordinal)
            ? (Fixture.RepoDiff(), Fixture.SqlFinding())
            : (ResilienceTests.ManyHunks(10), null);
        Core.Findings.Finding[] analysis = finding is null ? [] : [finding];
        await using var server = new FakeChatServer(Scripted.Empty);
        using var remote = Fixture.Backend(Fixture.Options(server.BaseUri), null, analysis);
        var rduSim = new RduSimBackend(new RduSimOptions());
        var work = Fixture.Work(diff);

        // When both backends review it
        await remote.RunAsync(work, CancellationToken.None);
        var simulated = await rduSim.RunAsync(await remote.AnalysedAsync(work, CancellationToken.None), CancellationToken.None);

        // Then rdu-sim counted the same requests, and their system + user messages as sent (the random nonce aside)
        var tokens = TokenCounter.For(work.Expert.Model.Profile);
        var sent = server.Calls.Sum(c => (long)c.Messages.Sum(m => tokens.Count(WithCountingNonce(m.Text))));
        Assert.Equal(server.Calls.Count, simulated.Usage!.Requests);
        Assert.Equal(sent, simulated.Usage.PromptTokens);
        Assert.True(sent > 0);
    }

    private static string WithCountingNonce(string text) => Nonce().Replace(text, $"UNTRUSTED-{PromptRenderer.CountingNonce}>>>");

    [GeneratedRegex("UNTRUSTED-[0-9A-F]{12}>>>")]
    private static partial Regex Nonce();
}
