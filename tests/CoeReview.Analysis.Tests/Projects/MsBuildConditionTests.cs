using CoeReview.Analysis.Projects;

namespace CoeReview.Analysis.Tests.Projects;

public sealed class MsBuildConditionTests
{
    [Theory]
    [InlineData("'$(Configuration)|$(Platform)' == 'Debug|AnyCPU'", true)]
    [InlineData("'$(TargetFramework)' != 'net48' And '$(Empty)' == ''", true)]
    [InlineData("'$(TargetFramework)' == 'net48' or !$(Flag)", false)]
    [InlineData("$(TargetFramework.StartsWith('net8'))", true)]
    [InlineData("$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'netstandard2.0'))", true)]
    [InlineData("$([MSBuild]::VersionGreaterThanOrEquals('$(Version)', '8.0'))", true)]
    [InlineData("'$(Version)' >= '10.0'", false)]
    [InlineData("Exists('/nowhere/at/all.props')", false)]
    [InlineData("('$(A)' == '1' and ('$(B)' == '2' or '$(C)' == 'x'))", true)]
    [InlineData("HasTrailingSlash('$(Dir)')", true)]
    public void Conditions_evaluate_as_msbuild_does(string condition, bool expected)
    {
        var props = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Configuration"] = "Debug",
            ["Platform"] = "AnyCPU",
            ["TargetFramework"] = "net8.0",
            ["Flag"] = "true",
            ["Version"] = "8.0.1",
            ["A"] = "1",
            ["B"] = "3",
            ["C"] = "X",
            ["Dir"] = "obj/",
        };
        var files = new SnapshotFileSystem(new InMemorySnapshot(new Dictionary<string, string>()), "/repo", []);
        var expander = new MsBuildExpander(n => props.GetValueOrDefault(n), new MsBuildFunctions(files, () => "/repo/"));
        var evaluator = new MsBuildCondition(expander, p => files.FileExists(p));

        Assert.Equal(expected, evaluator.Evaluate(condition));
        Assert.False(evaluator.Incomplete);
    }

    [Fact]
    public void An_unknown_function_marks_the_condition_incomplete_instead_of_guessing()
    {
        var files = new SnapshotFileSystem(new InMemorySnapshot(new Dictionary<string, string>()), "/repo", []);
        var evaluator = new MsBuildCondition(new MsBuildExpander(_ => null, new MsBuildFunctions(files, () => "/repo/")), _ => false);

        Assert.False(evaluator.Evaluate("$([System.Guid]::NewGuid()) == ''"));
        Assert.True(evaluator.Incomplete);
    }
}
