namespace CoeReview.Analysis.Rules.DataFlow;

/// <summary>The kinds of sink a value can reach; a sanitiser clears only the kinds it really protects.</summary>
[Flags]
internal enum SinkKinds
{
    None = 0,
    Sql = 1,
    Command = 2,
    Ldap = 4,
    XPath = 8,
    Html = 16,
    Path = 32,
    Redirect = 64,
    Url = 128,
    Header = 256,

    /// <summary>A credential or key parameter: dangerous when the value is a literal, not when it is input.</summary>
    Credential = 512,
    All = Sql | Command | Ldap | XPath | Html | Path | Redirect | Url | Header | Credential,
}
