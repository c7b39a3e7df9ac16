using CoeReview.Core.Findings;
using CoeReview.Testing;

namespace CoeReview.Prompting.Tests;

public sealed class RequestPlannerTests
{
    [Fact]
    public void An_oversized_hunk_is_split_at_member_boundaries()
    {
        // Given one added class of six methods, larger than the request budget allows at once
        var text = Plans.BigClass(methods: 6, linesPerMethod: 30);
        var lineCount = text.Split('\n').Length - 1;
        var diff = TestDiffs.Set(TestDiffs.Modified("src/Big.cs", text, [.. Enumerable.Range(1, lineCount)]), new Dictionary<string, string> { ["src/Big.cs"] = text });

        // When planned
        var plan = new RequestPlanner(new PromptLimits { RequestTokenBudget = 2600 }).Plan(Plans.Work(diff, "syntax"), []);

        // Then it became several parts, each starting on a method's first line, all lines covered once
        var pieces = plan.Requests.SelectMany(r => r.Pieces).OrderBy(p => p.Part).ToList();
        Assert.InRange(pieces.Count, 3, 6);
        Assert.All(plan.Requests, r => Assert.True(r.PromptTokens <= 2600, $"{r.PromptTokens} tokens"));
        var methodStarts = CSharpMembers.Find(text).Where(m => m.Kind == "MethodDeclaration").Select(m => m.StartLine).ToHashSet();
        Assert.All(pieces.Skip(1), p => Assert.Contains(p.Lines.First(l => l.NewLine is not null).NewLine!.Value, methodStarts));
        Assert.Equal(Enumerable.Range(1, lineCount), pieces.SelectMany(p => p.ReviewLines).Order());
        Assert.All(pieces, p => Assert.Equal(pieces.Count, p.Parts));
        Assert.Empty(plan.NotSent);
    }

    [Fact]
    public void The_enclosing_member_is_quoted_as_context_when_the_hunk_shows_only_part_of_it()
    {
        // Given a change in the middle of a long method
        var text = Plans.BigClass(methods: 1, linesPerMethod: 30);
        var diff = TestDiffs.Set(TestDiffs.Modified("src/Big.cs", text, 20), new Dictionary<string, string> { ["src/Big.cs"] = text });

        // When planned
        var piece = Assert.Single(new RequestPlanner(PromptLimits.Default).Plan(Plans.Work(diff, "syntax"), []).Requests).Pieces[0];

        // Then the method's lines outside the hunk come along as context, its declaration first
        Assert.Contains(piece.Context, l => l.Contains("public int Method0(int x)", StringComparison.Ordinal));
        Assert.DoesNotContain(piece.Context, l => l.StartsWith("    20 |", StringComparison.Ordinal));
        Assert.Contains("Enclosing member (context only", PromptRenderer.Render(piece), StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_longer_than_the_context_limit_is_quoted_by_its_declaration_alone()
    {
        // Given a change in the middle of a 32-line method and a context limit of 10 lines
        var text = Plans.BigClass(methods: 1, linesPerMethod: 30);
        var diff = TestDiffs.Set(TestDiffs.Modified("src/Big.cs", text, 20), new Dictionary<string, string> { ["src/Big.cs"] = text });

        // When planned
        var piece = Assert.Single(new RequestPlanner(new PromptLimits { MaxContextLines = 10 }).Plan(Plans.Work(diff, "syntax"), []).Requests).Pieces[0];

        // Then only the declaration comes along
        Assert.Contains("public int Method0(int x)", Assert.Single(piece.Context), StringComparison.Ordinal);
    }

    [Fact]
    public void Within_an_expert_riskier_hunks_go_first()
    {
        // Given three hunks, the last of which carries an analysis error
        var diff = Plans.ManyHunks(3);
        var risky = new Finding("security", "COE-SEC-001", "sql-injection", Severity.Error, "src/Many.cs", 28, 28, 1, "analysis says so", null, ["roslyn"], 0.9);

        // When planned one hunk per request
        var plan = new RequestPlanner(new PromptLimits { MaxHunksPerRequest = 1 }).Plan(Plans.Work(diff), [risky]);

        // Then its request comes first
        Assert.Contains(28, plan.Requests[0].Pieces[0].ReviewLines);
    }

    [Fact]
    public void A_request_budget_smaller_than_the_prompt_sends_nothing_and_says_so()
    {
        var plan = new RequestPlanner(new PromptLimits { RequestTokenBudget = 300 }).Plan(Plans.Work(Plans.ManyHunks(1)), []);

        Assert.Empty(plan.Requests);
        Assert.Contains("leaves no room", Assert.Single(plan.NotSent).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_tree_members_are_found_in_the_hunk_itself()
    {
        var members = CSharpMembers.Find("    public void A()\n    {\n    }\n    public int B => 1;", firstLine: 40);

        Assert.Equal([40, 43], members.Select(m => m.StartLine));
    }
}
