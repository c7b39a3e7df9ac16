using System.Text.RegularExpressions;

namespace CoeReview.Core.Secrets;

/// <summary>One known credential shape: its short kind (the redaction marker), how a finding names it, and its pattern.</summary>
/// <param name="Kind">Kebab-case kind, as in [REDACTED:kind].</param>
/// <param name="Description">The phrase a finding uses: "an AWS access key id".</param>
/// <param name="Pattern">Matches the credential itself (a private key: the whole block).</param>
public sealed record SecretShape(string Kind, string Description, Regex Pattern);
