using CoeReview.Remote.Safety;

namespace CoeReview.Remote.Tests;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("var id = \"AKIAIOSFODNN7EXAMPLE\";", "AKIAIOSFODNN7EXAMPLE", "aws-access-key")]
    [InlineData("token: ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "github-token")]
    [InlineData("pat = github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "github_pat_11ABCDEFG0123456789_abcdefghij", "github-token")]
    [InlineData("Stripe.ApiKey = \"sk_live_51HxYzAbCdEfGhIjKlMnOpQr\";", "sk_live_51HxYzAbCdEfGhIjKlMnOpQr", "stripe-key")]
    [InlineData("slack = xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "xoxb-123456789012", "slack-token")]
    [InlineData("hook = https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX", "hooks.slack.com/services/T000", "slack-webhook")]
    [InlineData("OPENAI = sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv", "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv", "api-key")]
    [InlineData("\"Server=db;Database=shop;User Id=sa;Password=Hunter2!x;\"", "Hunter2!x", "password")]
    [InlineData("var url = \"postgres://admin:s3cr3tPa55@db.internal:5432/shop\";", "s3cr3tPa55", "password")]
    [InlineData("private const string ClientSecret = \"q8Zr2Lm4Xw9Tn7Vb3Kc6\";", "q8Zr2Lm4Xw9Tn7Vb3Kc6", "secret")]
    [InlineData("\"ApiKey\": \"7fG2kL9mQ4xZ8wR3tY6u\"", "7fG2kL9mQ4xZ8wR3tY6u", "secret")]
    [InlineData("jwt = eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "eyJhbGciOiJIUzI1NiJ9", "jwt")]
    public void Redactor_replaces_known_secret_shapes(string line, string secret, string kind)
    {
        var (text, count) = SecretRedactor.Redact(line);

        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.Contains($"[REDACTED:{kind}]", text, StringComparison.Ordinal);
        Assert.True(count >= 1);
    }

    [Fact]
    public void Private_key_blocks_are_redacted_line_by_line_so_line_numbers_hold()
    {
        var text = "const string Pem = @\"\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7Vq3\nq9Xy2bZk\n-----END RSA PRIVATE KEY-----\";\nvar next = 1;";

        var (redacted, _) = SecretRedactor.Redact(text);

        Assert.Equal(text.Split('\n').Length, redacted.Split('\n').Length);
        Assert.DoesNotContain("MIIEpAIBAAKCAQEA7Vq3", redacted, StringComparison.Ordinal);
        Assert.EndsWith("var next = 1;", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_block_cut_off_by_the_hunk_is_redacted_to_the_end()
    {
        var (redacted, _) = SecretRedactor.Redact("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\nAAAABG5vbmU=");

        Assert.DoesNotContain("b3BlbnNzaC1rZXktdjEAAAAA", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var password = ReadPassword();")]
    [InlineData("if (token == null) throw new ArgumentNullException(nameof(token));")]
    [InlineData("var apiKey = configuration[\"Shop:ApiKey\"];")]
    [InlineData("const string PasswordLabel = \"Enter your password\";")]
    [InlineData("options.ClientSecret = \"changeme\";")]
    [InlineData("var sql = \"SELECT * FROM Users WHERE Name = '\" + name + \"'\";")]
    public void Ordinary_code_is_left_alone(string line)
    {
        var (text, count) = SecretRedactor.Redact(line);

        Assert.Equal(line, text);
        Assert.Equal(0, count);
    }

    [Fact]
    public void Literals_on_a_flagged_line_are_replaced()
    {
        Assert.Equal("var k = \"[REDACTED:literal]\";", SecretRedactor.RedactLiterals("var k = \"abc\";"));
    }
}
