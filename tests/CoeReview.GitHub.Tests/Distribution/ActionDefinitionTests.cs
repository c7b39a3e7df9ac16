using System.Text.RegularExpressions;
using CoeReview.GitHub.Tests.Support;
using CoeReview.Testing;
using YamlDotNet.RepresentationModel;

namespace CoeReview.GitHub.Tests.Distribution;

/// <summary>action.yml and the example workflow, read as GitHub reads them (cheap: nothing is run).</summary>
public sealed partial class ActionDefinitionTests
{
    private static readonly ActionFile s_action = ActionFile.Load(Path.Combine(RepoRoot.Path, "action.yml"));

    [GeneratedRegex("^[^@]+@[0-9a-f]{40}$")]
    private static partial Regex PinnedBySha();

    [Fact]
    public void The_action_is_composite_with_the_documented_inputs_and_outputs()
    {
        Assert.Equal("composite", ActionFile.Scalar(s_action.Root, "runs", "using"));
        var inputs = ActionFile.Entries(ActionFile.Map(s_action.Root, "inputs")).Select(e => e.Key).ToList();
        Assert.Subset(inputs.ToHashSet(), new HashSet<string> { "backend", "config", "experts", "fail-level", "filter", "token", "endpoint", "model", "api-key", "tool-version" });
        Assert.Equal("${{ github.token }}", ActionFile.Scalar(s_action.Root, "inputs", "token", "default"));
        Assert.Equal("source", ActionFile.Scalar(s_action.Root, "inputs", "tool-version", "default"));
        Assert.Equal("${{ steps.review.outputs.findings }}", ActionFile.Scalar(s_action.Root, "outputs", "findings", "value"));
        Assert.Equal("${{ steps.review.outputs.sarif }}", ActionFile.Scalar(s_action.Root, "outputs", "sarif", "value"));
    }

    [Fact]
    public void No_run_script_expands_an_expression_and_every_used_action_is_pinned_by_sha()
    {
        foreach (var step in s_action.Steps)
        {
            if (ActionFile.Scalar(step, "run") is { } script)
            {
                Assert.Empty(ActionFile.Expressions(script));
                Assert.Equal("bash", ActionFile.Scalar(step, "shell"));
            }

            if (ActionFile.Scalar(step, "uses") is { } uses)
            {
                Assert.Matches(PinnedBySha(), uses);
            }
        }

        // Every input reaches the review step, through env: only.
        var review = s_action.Steps.Single(s => ActionFile.Scalar(s, "id") == "review");
        var passed = ActionFile.Entries(ActionFile.Map(review, "env")).SelectMany(e => ActionFile.Expressions(((YamlScalarNode)e.Value).Value!)).ToHashSet();
        foreach (var name in new[] { "backend", "config", "experts", "fail-level", "filter", "token", "endpoint", "model", "api-key" })
        {
            Assert.Contains($"inputs.{name}", passed);
        }
    }

    [Fact]
    public void The_review_workflow_runs_the_local_action_on_pull_request_with_minimal_permissions_and_full_history()
    {
        var workflow = ActionFile.Load(Path.Combine(RepoRoot.Path, ".github", "workflows", "review.yml"));
        var on = workflow.Root.Children[new YamlScalarNode("on")];
        Assert.Equal(["pull_request"], ActionFile.Entries(on as YamlMappingNode).Select(e => e.Key));
        var permissions = ActionFile.Entries(ActionFile.Map(workflow.Root, "permissions")).ToDictionary(e => e.Key, e => ((YamlScalarNode)e.Value).Value);
        Assert.Equal(new Dictionary<string, string?> { ["contents"] = "read", ["pull-requests"] = "write" }, permissions);
        var job = (YamlMappingNode)ActionFile.Map(workflow.Root, "jobs")!.Children.Values.Single();
        var steps = ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().ToList();
        Assert.Equal("0", ActionFile.Scalar(steps[0], "with", "fetch-depth"));
        Assert.Matches(PinnedBySha(), ActionFile.Scalar(steps[0], "uses")!);
        Assert.Contains(steps, s => ActionFile.Scalar(s, "uses") == "./");
    }
}
