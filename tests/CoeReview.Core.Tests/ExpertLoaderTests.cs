using CoeReview.Core.Experts;
using CoeReview.Core.Findings;

namespace CoeReview.Core.Tests;

public sealed class ExpertLoaderTests
{
    [Fact]
    public void Built_in_experts_are_the_four_the_contract_names_and_all_valid()
    {
        var (catalog, errors) = ExpertSources.Load(null);

        Assert.Empty(errors);
        Assert.Equal(["performance", "security", "syntax", "tests"], catalog.Experts.Select(e => e.Id));
        Assert.All(catalog.Experts, e => Assert.NotEmpty(e.Model.SystemPrompt));
    }

    [Fact]
    public void Loader_reports_every_problem_with_its_line()
    {
        var yaml = "id: Bad_Id\ndescription: x\nroutng:\n  languages: [csharp]\nmodel:\n  temperature: 7\nseverity:\n  default: fatal\n";

        var (expert, errors) = ExpertLoader.Load("bad.yml", yaml);

        Assert.Null(expert);
        Assert.Contains(errors, e => e.Line == 1 && e.Message.Contains("lower-case", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 3 && e.Message.Contains("unknown key 'routng'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("temperature", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 8 && e.Message.Contains("fatal", StringComparison.Ordinal));
    }

    [Fact]
    public void Loader_reports_invalid_yaml_with_its_line()
    {
        var (_, errors) = ExpertLoader.Load("x.yml", "id: x\ndescription: [unclosed\n");

        Assert.Contains(errors, e => e.Line >= 2 && e.Message.StartsWith("invalid YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_expert_with_only_a_description_and_examples_is_valid()
    {
        var yaml = "id: accessibility\ndescription: UI accessibility\nrouting:\n  examples: [\"<img src=x>\"]\nanalysis:\n  rules: [\"A11Y*\"]\nseverity:\n  overrides:\n    A11Y1: error\n";

        var (expert, errors) = ExpertLoader.Load("experts/accessibility.yml", yaml);

        Assert.Empty(errors);
        Assert.True(expert!.Analysis.OwnsRule("A11Y7"));
        Assert.Equal(Severity.Error, expert.SeverityFor("A11Y1", Severity.Note));
        Assert.Equal(Severity.Note, expert.SeverityFor("A11Y2", Severity.Note));
    }
}
