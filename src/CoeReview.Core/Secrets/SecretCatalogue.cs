using System.Text.RegularExpressions;

namespace CoeReview.Core.Secrets;

/// <summary>
/// The one list of what a secret looks like, shared by the hard-coded-secret rule (which reports it)
/// and <see cref="SecretRedactor"/> (which keeps it from leaving the machine): known token shapes,
/// passwords in connection strings and URLs, and secret-looking values given secret-like names.
/// </summary>
public static partial class SecretCatalogue
{
    /// <summary>The kind of a private-key block; the redactor keeps such a block's line structure.</summary>
    public const string PrivateKeyKind = "private-key";

    // Order matters: the rule names the first shape that matches.
    private static readonly SecretShape[] s_shapes =
    [
        new("aws-access-key", "an AWS access key id", AwsAccessKey()),
        new("github-token", "a GitHub token", GitHubToken()),
        new("slack-token", "a Slack token", SlackToken()),
        new("slack-webhook", "a Slack webhook URL", SlackWebhook()),
        new("stripe-key", "a Stripe live key", StripeLiveKey()),
        new("stripe-key", "a Stripe test key", StripeTestKey()),
        new("stripe-key", "a Stripe webhook signing secret", StripeWebhookSecret()),
        new("google-api-key", "a Google API key", GoogleKey()),
        new(PrivateKeyKind, "a private key", PrivateKeyBlock()),
        new("azure-storage-key", "an Azure storage account key", AzureStorageKey()),
        new("sendgrid-key", "a SendGrid API key", SendGridKey()),
        new("npm-token", "an npm token", NpmToken()),
        new("api-key", "an Anthropic API key", AnthropicKey()),
        new("api-key", "an OpenAI API key", OpenAiKey()),
        new("jwt", "a JSON Web Token", Jwt()),
    ];

    /// <summary>Every known credential shape, in the order the rule tries them.</summary>
    public static IReadOnlyList<SecretShape> Shapes => s_shapes;

    /// <summary>The first known credential shape the text contains, skipping documentation examples; or null.</summary>
    public static SecretShape? KnownToken(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var shape in s_shapes)
        {
            for (var m = shape.Pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (!IsExample(m.Value))
                {
                    return shape;
                }
            }
        }

        return null;
    }

    // Credentials only (AKIA long-term, ASIA temporary, ABIA STS bearer, ACCA context-specific); AIDA/AROA/AGPA/ANPA
    // are unique ids of users, roles, groups and policies, not secrets:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
    [GeneratedRegex(@"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b")]
    private static partial Regex AwsAccessKey();

    // 36 base62 characters after gh?_, and github_pat_ + 22 + '_' + 59 (82 after the prefix), as GitHub's own
    // redacting-logger (lib/patterns/default.rb) has them:
    // https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abposr]-[0-9A-Za-z-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+")]
    private static partial Regex SlackWebhook();

    // Publishable keys (pk_) are meant to ship in client code, so they are not here: https://docs.stripe.com/keys
    [GeneratedRegex(@"\b[sr]k_live_[0-9A-Za-z]{20,255}\b")]
    private static partial Regex StripeLiveKey();

    [GeneratedRegex(@"\b[sr]k_test_[0-9A-Za-z]{20,255}\b")]
    private static partial Regex StripeTestKey();

    [GeneratedRegex(@"\bwhsec_[0-9A-Za-z]{20,}\b")]
    private static partial Regex StripeWebhookSecret();

    [GeneratedRegex(@"\bAIza[0-9A-Za-z_-]{35}\b")]
    private static partial Regex GoogleKey();

    // To the END line, or to the end of the text when a hunk cuts the block off.
    [GeneratedRegex(@"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\z)")]
    private static partial Regex PrivateKeyBlock();

    // The key alone, so a redacted connection string still reads AccountKey=[REDACTED:…].
    [GeneratedRegex(@"(?<=AccountKey=)[A-Za-z0-9+/]{80,}={0,2}")]
    private static partial Regex AzureStorageKey();

    [GeneratedRegex(@"\bSG\.[\w-]{22}\.[\w-]{43}\b")]
    private static partial Regex SendGridKey();

    [GeneratedRegex(@"\bnpm_[A-Za-z0-9]{36}\b")]
    private static partial Regex NpmToken();

    [GeneratedRegex(@"\bsk-ant-[A-Za-z0-9_-]{20,}")]
    private static partial Regex AnthropicKey();

    [GeneratedRegex(@"\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}")]
    private static partial Regex OpenAiKey();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")]
    private static partial Regex Jwt();
}
