using CoeReview.Analysis.Rules.Security;

namespace CoeReview.Analysis.Tests;

public sealed class OwnRuleTests
{
    private static readonly RoslynAnalysisEngine s_rulesOnly = new(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });

    [Fact]
    public void Secret_scanner_flags_passwords_and_live_keys_in_config_files_but_not_ordinary_settings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "config-secrets", "appsettings.Production.json");

        var found = SecretScanner.Scan("appsettings.Production.json", File.ReadAllText(path));

        Assert.Equal([3, 6], found.Select(f => f.Line));
        Assert.All(found, f => Assert.Equal("COE-SEC-011", f.RuleId));
    }

    [Fact]
    public async Task Engine_scans_changed_config_files_for_secrets()
    {
        var files = new Dictionary<string, string> { ["appsettings.json"] = "{ \"Stripe\": { \"Key\": \"sk_live_51HxQ2eLkT9vP3mR7wZ4yB8nCq\" } }\n" };

        var found = await s_rulesOnly.AnalyzeAsync(Fixtures.InMemory(files, "appsettings.json"), CancellationToken.None);

        Assert.Equal(["COE-SEC-011"], found.Select(f => f.RuleId));
    }

    [Fact]
    public async Task A_changed_method_without_a_test_in_the_change_gets_one_note_naming_it()
    {
        var files = new Dictionary<string, string>
        {
            ["src/P/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\" />",
            ["src/P/Pricing.cs"] = "namespace P;\npublic sealed class Pricing\n{\n    public decimal Total(decimal net) => net * 1.2m;\n\n    private int Hidden() => 1;\n}\n",
            ["tests/P.Tests/OtherTests.cs"] = "public class OtherTests { }\n",
        };

        var found = await s_rulesOnly.AnalyzeAsync(Fixtures.InMemory(files, "src/P/Pricing.cs"), CancellationToken.None);

        var note = Assert.Single(found);
        Assert.Equal(("COE-TEST-005", Core.Findings.Severity.Note, 4), (note.RuleId, note.Severity, note.Line));
        Assert.Contains("Pricing.Total", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Untested_changes_across_files_are_one_summary_note_and_none_in_a_repository_without_tests()
    {
        var files = new Dictionary<string, string>
        {
            ["src/P/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\" />",
            ["src/P/Pricing.cs"] = "namespace P;\npublic sealed class Pricing\n{\n    public decimal Total(decimal net) => net * 1.2m;\n}\n",
            ["src/P/Tax.cs"] = "namespace P;\npublic sealed class Tax\n{\n    public decimal Rate() => 0.2m;\n    public decimal Of(decimal x) => x * Rate();\n}\n",
        };
        var withTests = new Dictionary<string, string>(files) { ["tests/P.Tests/P.Tests.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\" />" };

        var found = await s_rulesOnly.AnalyzeAsync(Fixtures.InMemory(withTests, "src/P/Pricing.cs", "src/P/Tax.cs"), CancellationToken.None);
        var none = await s_rulesOnly.AnalyzeAsync(Fixtures.InMemory(files, "src/P/Pricing.cs", "src/P/Tax.cs"), CancellationToken.None);

        var note = Assert.Single(found, f => f.RuleId == "COE-TEST-005");
        Assert.Equal("3 changed members in 2 files have no test in this change (Pricing.Total, Tax.Rate, Tax.Of), so the new behaviour is unverified.", note.Message);
        Assert.DoesNotContain(none, f => f.RuleId == "COE-TEST-005");
    }

    [Fact]
    public async Task A_changed_method_is_not_flagged_when_a_test_in_the_change_mentions_its_type()
    {
        var files = new Dictionary<string, string>
        {
            ["src/P/P.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\" />",
            ["src/P/Pricing.cs"] = "namespace P;\npublic sealed class Pricing\n{\n    public decimal Total(decimal net) => net * 1.2m;\n}\n",
            ["tests/P.Tests/PricingTests.cs"] = "public class PricingTests { [Fact] public void T() => Assert.Equal(12m, new P.Pricing().Total(10m)); }\n",
        };

        var found = await s_rulesOnly.AnalyzeAsync(Fixtures.InMemory(files, "src/P/Pricing.cs", "tests/P.Tests/PricingTests.cs"), CancellationToken.None);

        Assert.DoesNotContain(found, f => f.RuleId == "COE-TEST-005");
    }

    [Fact]
    public async Task Injection_rules_work_from_syntax_when_packages_are_missing()
    {
        var files = new Dictionary<string, string>
        {
            ["api/Api.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"Dapper\" /></ItemGroup></Project>",
            ["api/Repo.cs"] = "using Dapper;\nusing Microsoft.Data.SqlClient;\npublic sealed class Repo(SqlConnection conn)\n{\n    public object Find(string name)\n    {\n        return conn.Query<object>(\"select * from t where n = '\" + name + \"'\");\n    }\n}\n",
        };

        var found = await s_rulesOnly.AnalyzeAsync(Fixtures.InMemory(files, "api/Repo.cs"), CancellationToken.None);

        var f = Assert.Single(found, f => f.RuleId == "COE-SEC-001");
        Assert.Equal(7, f.Line);
        Assert.Contains("SQL injection", f.Message, StringComparison.Ordinal);
    }
}
