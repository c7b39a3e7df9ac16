using CoeReview.Core.Secrets;

namespace CoeReview.Core.Tests;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("var id = \"AKIAIOSFODNN7EXAMPLE\";", "AKIAIOSFODNN7EXAMPLE", "aws-access-key")]
    [InlineData("token: ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "github-token")]
    [InlineData("pat = 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", "github_pat_ErQHQwjyaxErPZDS3MoJaQ", "github-token")]
    [InlineData("Stripe.ApiKey = \"sk_live_51HxYzAbCdEfGhIjKlMnOpQr\";", "sk_live_51HxYzAbCdEfGhIjKlMnOpQr", "stripe-key")]
    [InlineData("slack = xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "xoxb-123456789012", "slack-token")]
    [InlineData("hook = https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX", "hooks.slack.com/services/T000", "slack-webhook")]
    [InlineData("OPENAI = sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv", "api-key")]
    [InlineData("\"Server=db;Database=shop;User Id=sa;Password=Hunter2!x;\"", "Hunter2!x", "password")]
    [InlineData("var url = \"postgres://admin:s3cr3tPa55@db.internal:5432/shop\";", "s3cr3tPa55", "password")]
    [InlineData("private const string ClientSecret = \"q8Zr2Lm4Xw9Tn7Vb3Kc6\";", "q8Zr2Lm4Xw9Tn7Vb3Kc6", "secret")]
    [InlineData("\"ApiKey\": \"7fG2kL9mQ4xZ8wR3tY6u\"", "7fG2kL9mQ4xZ8wR3tY6u", "secret")]
    [InlineData("jwt = eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "eyJhbGciOiJIUzI1NiJ9", "jwt")]
    [InlineData("npmAuth = npm_IGjb7u4YQ1rOhoYHGEFOwqR8C5VkCsN3crv8", "npm_IGjb7u4YQ1rOhoYHGEFOwqR8C5VkCsN3crv8", "npm-token")]
    [InlineData("mail = 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", "SG.4BKGdadqI1rEz38hHf13lZ", "sendgrid-key")]
    [InlineData("\"DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=Ha7peqcxcgO4u49n3ZdwS6pT7cd/6+sZdNDK4Ro2n7MIpP+4nVdF9HNEgP0X27qS0ZDHpEtAhBDB09mGrdDC/A==\"", "Ha7peqcxcgO4u49n3ZdwS6pT7cd", "azure-storage-key")]
    [InlineData("API_KEY=x7Gq2LmP9vR4tZ8wK3nB", "x7Gq2LmP9vR4tZ8wK3nB", "secret")]
    [InlineData("const string Pw = \"summer2024\";", "summer2024", "secret")]
    public void Redactor_replaces_known_secret_shapes(string line, string secret, string kind)
    {
        // When
        var (text, count) = SecretRedactor.Default.Redact(line);

        // Then
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.Contains($"[REDACTED:{kind}]", text, StringComparison.Ordinal);
        Assert.True(count >= 1);
    }

    [Fact]
    public void Private_key_blocks_are_redacted_line_by_line_so_line_numbers_hold()
    {
        var text = "const string Pem = @\"\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7Vq3\nq9Xy2bZk\n-----END RSA PRIVATE KEY-----\";\nvar next = 1;";

        var (redacted, _) = SecretRedactor.Default.Redact(text);

        Assert.Equal(text.Split('\n').Length, redacted.Split('\n').Length);
        Assert.DoesNotContain("MIIEpAIBAAKCAQEA7Vq3", redacted, StringComparison.Ordinal);
        Assert.EndsWith("var next = 1;", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_block_cut_off_by_the_hunk_is_redacted_to_the_end()
    {
        var (redacted, _) = SecretRedactor.Default.Redact("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nAAAABG5vbmU=");

        Assert.DoesNotContain("b3BlbnNzaC1rZXktdjEAAAAA", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var password = ReadPassword();")]
    [InlineData("password = GetFromVault();")]
    [InlineData("if (token == null) throw new ArgumentNullException(nameof(token));")]
    [InlineData("var apiKey = configuration[\"Shop:ApiKey\"];")]
    [InlineData("const string PasswordLabel = \"Enter your password\";")]
    [InlineData("options.ClientSecret = \"changeme\";")]
    [InlineData("var password = \"\";")]
    [InlineData("var sql = \"SELECT * FROM Users WHERE Name = '\" + name + \"'\";")]
    [InlineData("const string Template = \"Server={0};Database=shop;User Id={1};Password={2};\";")]
    [InlineData("var id = \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\";")]
    public void Ordinary_code_is_left_alone(string line)
    {
        var (text, count) = SecretRedactor.Default.Redact(line);

        Assert.Equal(line, text);
        Assert.Equal(0, count);
    }

    [Fact]
    public void Literals_passed_straight_to_a_credential_constructor_are_replaced()
    {
        // Given a password no shape or name gives away, written into the call that takes it
        var line = "var credential = new NetworkCredential(\"svc\", \"7e5tc4s3\", \"corp\");";

        // When
        var (text, count) = SecretRedactor.Default.Redact(line);

        // Then
        Assert.Equal("var credential = new NetworkCredential(\"[REDACTED:literal]\", \"[REDACTED:literal]\", \"[REDACTED:literal]\");", text);
        Assert.Equal(3, count);
    }

    [Fact]
    public void Values_it_was_given_become_stars_wherever_they_appear()
    {
        // Given a redactor told about the workflow's token
        var redactor = new SecretRedactor("ghs_cli_secret_token", null, "", "abc");

        // When an error message quotes it twice
        var (text, count) = redactor.Redact("401 for ghs_cli_secret_token (token ghs_cli_secret_token)");

        // Then both are stars, and values too short to be secrets are ignored
        Assert.Equal("401 for *** (token ***)", text);
        Assert.Equal(2, count);
    }

    [Fact]
    public void Values_it_was_given_are_redacted_before_the_catalogue_sees_them()
    {
        var token = "ghs_ES92Ep9kD7JxlmXVo6Ma8r6XZvlpYaGcpNhx";

        var (text, _) = new SecretRedactor(token).Redact($"coe-review: bad credentials {token} / ghp_MyIbPUf9mYQqw8x3SyRthqpvxxGKZWGlby02");

        Assert.Equal("coe-review: bad credentials *** / [REDACTED:github-token]", text);
    }
}
