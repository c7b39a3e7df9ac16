using CoeReview.Core.Findings;
using CoeReview.Prompting;
using CoeReview.Remote.Replies;
using CoeReview.Remote.Tests.Fakes;
using CoeReview.Testing;

namespace CoeReview.Remote.Tests;

public sealed class ReplyValidatorTests
{
    [Fact]
    public void A_fenced_object_is_accepted_and_its_fields_are_normalised()
    {
        var request = Request(Fixture.RepoDiff());
        var reply = "```json\n{\"findings\":[{\"line\":10,\"severity\":\"Warning\",\"category\":\"SQL Injection\",\"message\":\"Built\\nfrom input.\",\"confidence\":3}]}\n```";

        var check = ReplyValidator.Check(reply, request, s => s);

        var f = Assert.Single(check.Findings);
        Assert.Equal((Severity.Warning, "sql-injection", "COE-MODEL-sql-injection", "Built from input.", 1.0, 10), (f.Severity, f.Category, f.RuleId, f.Message, f.Confidence, f.EndLine));
        Assert.Equal(Fixture.RepoPath, f.Path);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"issues\":[]}")]
    [InlineData("{\"findings\":[]} trailing words")]
    [InlineData("")]
    public void Replies_that_are_not_the_contract_object_are_unusable(string reply)
    {
        Assert.False(ReplyValidator.Check(reply, Request(Fixture.RepoDiff()), s => s).Usable);
    }

    [Fact]
    public void A_request_over_two_files_requires_the_path()
    {
        // Given a request that quotes two files
        var text = "class B\n{\n    int y = 2;\n}\n";
        var diff = TestDiffs.Set(
            TestDiffs.Modified(Fixture.RepoPath, Fixture.RepoText, 10) + TestDiffs.Modified("src/B.cs", text, 3),
            new Dictionary<string, string> { [Fixture.RepoPath] = Fixture.RepoText, ["src/B.cs"] = text });
        var request = Request(diff);
        Assert.Equal(2, request.Paths.Count);

        // When a finding leaves the path out, and another names the second file
        var check = ReplyValidator.Check(Scripted.Findings(Scripted.Finding(null, 3), Scripted.Finding("src/B.cs", 3)), request, s => s);

        // Then only the named one is published
        Assert.Equal("src/B.cs", Assert.Single(check.Findings).Path);
        Assert.Equal(1, check.Rejected);
    }

    [Fact]
    public void A_range_that_runs_out_of_the_hunk_is_refused()
    {
        var finding = Scripted.Finding(null, 13);
        finding["endLine"] = 30;

        var check = ReplyValidator.Check(Scripted.Findings(finding), Request(Fixture.RepoDiff()), s => s);

        Assert.Empty(check.Findings);
        Assert.Equal(1, check.Rejected);
    }

    private static PlannedRequest Request(Core.Diff.DiffSet diff) =>
        Assert.Single(new RequestPlanner(PromptLimits.Default).Plan(Fixture.Work(diff), []).Requests);
}
