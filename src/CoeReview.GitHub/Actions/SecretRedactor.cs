namespace CoeReview.GitHub.Actions;

/// <summary>Removes secrets (the token) from anything CoeReview prints, whatever an error message carried.</summary>
public sealed class SecretRedactor(params string?[] secrets)
{
    private readonly string[] _secrets = secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4).Cast<string>().ToArray();

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var s in _secrets)
        {
            text = text.Replace(s, "***", StringComparison.Ordinal);
        }

        return text;
    }
}
