using CoeReview.Core.Secrets;

namespace CoeReview.Analysis.Tests;

/// <summary>The hard-coded-secret rule and the redactor read one catalogue, so they agree line by line.</summary>
public sealed class SecretAgreementTests
{
    // CSharp() puts the namespace, the class and its brace first.
    private const int FirstMemberLine = 4;

    private static readonly RoslynAnalysisEngine s_rulesOnly = new(new RoslynAnalysisOptions { CompilerDiagnostics = false, NetAnalyzers = false });

    private static readonly string[] s_secretMembers =
    [
        "const string Aws = \"AKIAG19ZXEIWDOG1FDAP\";",
        "const string Gh = \"ghp_MyIbPUf9mYQqw8x3SyRthqpvxxGKZWGlby02\";",
        "const string Pat = \"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\";",
        "const string Slack = \"xoxp-662234148054-2430840023234-7mlXtI3bM6gxRFImCgHaPiZz\";",
        "const string Stripe = \"sk_live_GFOsDwO1y2A5HbT2rb7jFW2x\";",
        "const string Blob = \"DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=Ha7peqcxcgO4u49n3ZdwS6pT7cd/6+sZdNDK4Ro2n7MIpP+4nVdF9HNEgP0X27qS0ZDHpEtAhBDB09mGrdDC/A==\";",
        "const string Mail = \"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\";",
        "const string Npm = \"npm_IGjb7u4YQ1rOhoYHGEFOwqR8C5VkCsN3crv8\";",
        "const string Pem = \"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA7b3n\\n-----END RSA PRIVATE KEY-----\";",
        "const string Jwt = \"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U\";",
        "const string Db = \"Server=db;Database=shop;User Id=sa;Password=Pr0d#Secret2024;\";",
        "const string Url = \"postgres://admin:s3cr3tPa55@db.internal:5432/shop\";",
        "const string ClientSecret = \"q8F!x2Lr9#Vt7mZp\";",
        "const string Pw = \"summer2024\";",
    ];

    private static readonly string[] s_ordinaryMembers =
    [
        "const string CorrelationId = \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\";",
        "const string ExpectedSha256 = \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\";",
        "const string Greeting = \"aGVsbG8gd29ybGQ=\";",
        "const string Token = \"aGVsbG8=\";",
        "string password = \"\";",
        "string password = GetFromVault();",
        "const string PasswordKey = \"Auth:Password\";",
        "const string PasswordPrompt = \"Please enter your password\";",
        "const string Template = \"Server={0};Database=shop;User Id={1};Password={2};\";",
    ];

    private static readonly string[] s_lockFile =
    [
        "{",
        "  \"version\": 1,",
        "  \"dependencies\": {",
        "    \"net10.0\": {",
        "      \"Newtonsoft.Json\": {",
        "        \"type\": \"Direct\",",
        "        \"requested\": \"[13.0.3, )\",",
        "        \"resolved\": \"13.0.3\",",
        "        \"contentHash\": \"HrC5BXdl00IP9zeV+0Z848QWPAoCr9P3bDEZguI+gkLcBKAOxix/tLEAAHC+UvDNPv4a2d18lOReHMOagPa+zQ==\"",
        "      },",
        "      \"lodash\": { \"integrity\": \"sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==\" }",
        "    }",
        "  }",
        "}",
    ];

    [Fact]
    public async Task Rule_and_redactor_both_find_every_real_looking_secret_in_code()
    {
        // Given one member per line holding a real-looking secret
        var (rule, redacted) = await BothAsync("src/Shop/Settings.cs", CSharp(s_secretMembers));

        // Then both flag every one of those lines
        var lines = Enumerable.Range(FirstMemberLine, s_secretMembers.Length).ToHashSet();
        Assert.True(lines.SetEquals(rule), "the rule missed: " + string.Join(", ", lines.Except(rule).Select(n => s_secretMembers[n - FirstMemberLine])));
        Assert.True(lines.SetEquals(redacted), "the redactor missed: " + string.Join(", ", lines.Except(redacted).Select(n => s_secretMembers[n - FirstMemberLine])));
    }

    [Fact]
    public async Task Rule_and_redactor_both_leave_guids_hashes_short_base64_and_unset_passwords_alone()
    {
        // Given look-alikes: ids, hashes, base64 of short words, empty and read-at-run-time passwords, placeholders
        var (rule, redacted) = await BothAsync("src/Shop/Settings.cs", CSharp(s_ordinaryMembers));

        // Then neither flags any of them
        Assert.True(rule.Count == 0, "the rule flagged: " + string.Join(", ", rule.Select(n => s_ordinaryMembers[n - FirstMemberLine])));
        Assert.True(redacted.Count == 0, "the redactor changed: " + string.Join(", ", redacted.Select(n => s_ordinaryMembers[n - FirstMemberLine])));
    }

    [Fact]
    public async Task Rule_and_redactor_agree_on_config_files()
    {
        // Given an appsettings file with secrets on lines 2, 3 and 5, and a lock file full of hashes
        var settings = "{\n  \"Db\": \"Server=prod;User Id=app;Password=W1nter#Prod!42;\",\n  \"ApiKey\": \"x7Gq2LmP9vR4tZ8wK3nB\",\n  \"Issuer\": \"https://login.example.com\",\n"
            + "  \"SendGrid\": \"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\",\n  \"TokenLifetime\": \"00:30:00\"\n}\n";

        // When the rule and the redactor read them
        var (settingsRule, settingsRedacted) = await BothAsync("appsettings.json", settings);
        var (lockRule, lockRedacted) = await BothAsync("packages.lock.json", string.Join('\n', s_lockFile) + "\n");

        // Then they agree
        Assert.Equal([2, 3, 5], settingsRule.Order());
        Assert.Equal([2, 3, 5], settingsRedacted.Order());
        Assert.Empty(lockRule);
        Assert.Empty(lockRedacted);
    }

    private static string CSharp(IEnumerable<string> members) =>
        "namespace Shop;\npublic sealed class Settings\n{\n" + string.Concat(members.Select(m => "    " + m + "\n")) + "}\n";

    // The lines the rule reports, and the lines the redactor changes.
    private static async Task<(HashSet<int> Rule, HashSet<int> Redacted)> BothAsync(string path, string text)
    {
        var found = await s_rulesOnly.AnalyzeAsync(Fixtures.InMemory(new Dictionary<string, string> { [path] = text }, path), CancellationToken.None);
        var rule = found.Where(f => f.RuleId == "COE-SEC-011").Select(f => f.Line).ToHashSet();
        var before = text.Split('\n');
        var after = SecretRedactor.Default.Redact(text).Text.Split('\n');
        var redacted = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).Select(i => i + 1).ToHashSet();
        return (rule, redacted);
    }
}
