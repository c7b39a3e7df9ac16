using CoeReview.Analysis.Rules;
using CoeReview.Core.Experts;

namespace CoeReview.Analysis.Tests;

public sealed class ExpertRuleOwnershipTests
{
    private static IReadOnlyList<ExpertDefinition> Experts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "experts")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Directory.EnumerateFiles(Path.Combine(dir.FullName, "experts"), "*.yml").Select(f =>
        {
            var (expert, errors) = ExpertLoader.Load(Path.GetFileName(f), File.ReadAllText(f));
            Assert.Empty(errors);
            return expert!;
        }).ToList();
    }

    [Fact]
    public void Every_own_rule_belongs_to_exactly_the_expert_its_id_names()
    {
        var experts = Experts();
        foreach (var rule in CoeRules.All)
        {
            var owners = experts.Where(e => e.Analysis.OwnsRule(rule.Id)).Select(e => e.Id).ToList();
            var expected = rule.Id.Split('-')[1] switch { "SEC" => "security", "PERF" => "performance", _ => "tests" };
            Assert.Equal([expected], owners);
        }
    }

    [Theory]
    [InlineData("CS1002", "syntax")]
    [InlineData("CA5359", "security")]
    [InlineData("CA2326", "security")]
    [InlineData("CA3075", "security")]
    [InlineData("CA1827", "performance")]
    public void Compiler_and_NetAnalyzers_rules_map_to_one_expert(string ruleId, string expert)
    {
        Assert.Equal([expert], Experts().Where(e => e.Analysis.OwnsRule(ruleId)).Select(e => e.Id));
    }

    [Fact]
    public void Untested_changes_are_notes_and_sql_injection_is_an_error()
    {
        var experts = Experts().ToDictionary(e => e.Id);
        Assert.Equal(Core.Findings.Severity.Note, experts["tests"].SeverityFor("COE-TEST-005", null));
        Assert.Equal(Core.Findings.Severity.Error, experts["security"].SeverityFor("COE-SEC-001", Core.Findings.Severity.Warning));
    }
}
