using CoeReview.Core.Findings;

namespace CoeReview.Analysis.Rules;

/// <summary>Every CoeReview rule: id, category, default severity and title. Experts own them by id glob.</summary>
public static class CoeRules
{
    public static readonly RuleDescriptor SqlInjection = new("COE-SEC-001", "sql-injection", Severity.Error, "SQL built from untrusted input");
    public static readonly RuleDescriptor CommandInjection = new("COE-SEC-002", "command-injection", Severity.Error, "OS command built from untrusted input");
    public static readonly RuleDescriptor LdapInjection = new("COE-SEC-003", "ldap-injection", Severity.Error, "LDAP filter or path built from untrusted input");
    public static readonly RuleDescriptor XPathInjection = new("COE-SEC-004", "xpath-injection", Severity.Error, "XPath built from untrusted input");
    public static readonly RuleDescriptor Xss = new("COE-SEC-005", "xss", Severity.Error, "Request data written as HTML without encoding");
    public static readonly RuleDescriptor PathTraversal = new("COE-SEC-006", "path-traversal", Severity.Error, "File path from untrusted input without a canonical-path check");
    public static readonly RuleDescriptor OpenRedirect = new("COE-SEC-007", "open-redirect", Severity.Warning, "Redirect to a request-supplied URL");
    public static readonly RuleDescriptor Ssrf = new("COE-SEC-008", "ssrf", Severity.Warning, "Server-side request to a request-supplied URL");
    public static readonly RuleDescriptor Deserialization = new("COE-SEC-009", "insecure-deserialization", Severity.Error, "Deserializer that can instantiate arbitrary types");
    public static readonly RuleDescriptor Xxe = new("COE-SEC-010", "xxe", Severity.Warning, "XML parser that resolves external entities");
    public static readonly RuleDescriptor HardcodedSecret = new("COE-SEC-011", "hardcoded-secret", Severity.Error, "Secret committed in source");
    public static readonly RuleDescriptor WeakCrypto = new("COE-SEC-012", "weak-crypto", Severity.Warning, "Broken or weak cryptography");
    public static readonly RuleDescriptor InsecureRandom = new("COE-SEC-013", "insecure-random", Severity.Warning, "System.Random used for a security value");
    public static readonly RuleDescriptor CertificateValidation = new("COE-SEC-014", "certificate-validation", Severity.Error, "TLS certificate validation disabled");
    public static readonly RuleDescriptor InsecureCookie = new("COE-SEC-015", "insecure-cookie", Severity.Warning, "Cookie without Secure or HttpOnly");
    public static readonly RuleDescriptor HeaderInjection = new("COE-SEC-016", "header-injection", Severity.Warning, "Untrusted input in an HTTP header or cookie");

    public static readonly RuleDescriptor ConcatInLoop = new("COE-PERF-001", "string-concat-in-loop", Severity.Warning, "String concatenation in a loop");
    public static readonly RuleDescriptor SyncOverAsync = new("COE-PERF-002", "sync-over-async", Severity.Warning, "Blocking on a task");
    public static readonly RuleDescriptor RegexPerCall = new("COE-PERF-003", "regex-per-call", Severity.Warning, "Regex constructed per call or per iteration");
    public static readonly RuleDescriptor QuadraticSearch = new("COE-PERF-004", "quadratic-search", Severity.Warning, "Linear search inside a loop");
    public static readonly RuleDescriptor CountVsAny = new("COE-PERF-005", "count-vs-any", Severity.Note, "Count() where Any() or a Count/Length property serves");
    public static readonly RuleDescriptor MultipleEnumeration = new("COE-PERF-006", "multiple-enumeration", Severity.Warning, "IEnumerable enumerated more than once");
    public static readonly RuleDescriptor HttpClientPerCall = new("COE-PERF-007", "httpclient-per-call", Severity.Warning, "HttpClient created per call");
    public static readonly RuleDescriptor NPlusOne = new("COE-PERF-008", "n-plus-one", Severity.Warning, "Database query inside a loop");
    public static readonly RuleDescriptor ExceptionControlFlow = new("COE-PERF-009", "exceptions-for-control-flow", Severity.Warning, "Parse in try/catch inside a loop");
    public static readonly RuleDescriptor BoxingInLoop = new("COE-PERF-010", "boxing-in-loop", Severity.Note, "Value type boxed inside a loop");
    public static readonly RuleDescriptor ClosureInLoop = new("COE-PERF-011", "allocation-in-loop", Severity.Note, "Capturing lambda or LINQ allocated in a nested loop");

    public static readonly RuleDescriptor TestWithoutAssertion = new("COE-TEST-001", "test-without-assertion", Severity.Warning, "Test that asserts nothing");
    public static readonly RuleDescriptor SleepInTest = new("COE-TEST-002", "sleep-in-test", Severity.Warning, "Thread.Sleep in a test");
    public static readonly RuleDescriptor UnawaitedInTest = new("COE-TEST-003", "unawaited-async-in-test", Severity.Warning, "Async call not awaited in a test");
    public static readonly RuleDescriptor TautologicalAssertion = new("COE-TEST-004", "tautological-assertion", Severity.Warning, "Assertion that cannot fail");
    public static readonly RuleDescriptor UntestedChange = new("COE-TEST-005", "untested-change", Severity.Note, "Changed behaviour with no test in the change");

    public static IReadOnlyList<RuleDescriptor> All { get; } = typeof(CoeRules).GetFields()
        .Where(f => f.FieldType == typeof(RuleDescriptor)).Select(f => (RuleDescriptor)f.GetValue(null)!).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
}
