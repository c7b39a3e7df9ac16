using System.Security.Cryptography;
using System.Text;

namespace CoeReview.Core.Findings;

/// <summary>Computes stable fingerprints that survive line moves and rebases that leave the code alone.</summary>
public static class Fingerprints
{
    /// <summary>Collapses all runs of whitespace so that re-indentation does not change identity.</summary>
    public static string Normalize(string code)
    {
        var sb = new StringBuilder(code.Length);
        var space = false;
        foreach (var c in code.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A 16-hex-digit hash of rule, path, normalized code and the occurrence index among equal snippets.</summary>
    public static string Compute(string ruleId, string path, string normalizedSnippet, int occurrence)
    {
        var text = $"{ruleId}\n{path}\n{normalizedSnippet}\n{occurrence}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
