namespace CoeReview.Analysis.Rules.Flow;

/// <summary>Where a value may come from: nothing an attacker controls, a public method's caller, or a request.</summary>
internal enum TaintLevel
{
    None = 0,

    /// <summary>A parameter of a public method: the caller decides, who may pass user input on.</summary>
    Caller = 1,

    /// <summary>Request data: query, form, headers, route, cookies, body, model-bound action parameters, console input.</summary>
    Request = 2,
}

/// <summary>A value's taint and whether it was built (concatenated, interpolated, formatted) from tainted parts.</summary>
internal readonly record struct Taint(TaintLevel Level, bool Built)
{
    public static Taint None => default;

    public bool IsTainted => Level != TaintLevel.None;

    public static Taint Max(Taint a, Taint b) => new((TaintLevel)Math.Max((int)a.Level, (int)b.Level), a.Built || b.Built);

    public Taint AsBuilt() => IsTainted ? this with { Built = true } : this;
}

/// <summary>Which sink a value flows to: sanitisers differ (HTML encoding helps XSS, not SQL).</summary>
internal enum SinkKind
{
    Sql,
    Command,
    Ldap,
    XPath,
    Html,
    Path,
    Redirect,
    Url,
}
