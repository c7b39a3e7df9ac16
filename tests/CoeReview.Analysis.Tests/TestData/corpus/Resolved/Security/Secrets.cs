namespace Corpus.Security;

public static class Secrets
{
    public const string AwsAccessKey = "AKIAZ7Q4P2LXN5RT8WVB"; // expect: hardcoded-secret
    public const string GitHubToken = "ghp_R8f2kQ9xV4mL7pT1zW6nB3yH5cJ0dS2aE9uK"; // expect: hardcoded-secret
    public const string StripeKey = "sk_live_51HxQ2eLkT9vP3mR7wZ4yB8nC"; // expect: hardcoded-secret
    public const string Db = "Server=db.internal;Database=shop;User Id=sa;Password=Pr0d#Secret2024;"; // expect: hardcoded-secret
    private static readonly string s_clientSecret = "q8F!x2Lr9#Vt7mZp"; // expect: hardcoded-secret

    public static string Pem() =>
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7b3n\n-----END RSA PRIVATE KEY-----"; // expect: hardcoded-secret

    public static Dictionary<string, string> Settings() => new()
    {
        ["ApiKey"] = "x7Gq2LmP9vR4tZ8wK3nB", // expect: hardcoded-secret
    };

    public static string Secret => s_clientSecret;
}

public static class SecretLookAlikes
{
    public const string PasswordKey = "Auth:Password";
    public const string CorrelationId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    public const string ExpectedSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public const string DocsKey = "AKIAIOSFODNN7EXAMPLE";
    public const string Template = "Server={0};Database=shop;User Id={1};Password={2};";
    public const string PasswordPrompt = "Please enter your password";
    public const string TokenHeader = "X-Api-Token";
    public const string ApiKeyPlaceholder = "<your-api-key>";

    public static string ConnectionString(IReadOnlyDictionary<string, string> config) =>
        "Server=db;Database=shop;Password=" + config["Db:Password"];

    public static string? Token(IReadOnlyDictionary<string, string> config) => config.GetValueOrDefault("Github:Token");
}
