using CoeReview.Core.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Security;

/// <summary>Certificate validation switched off (callbacks that always return true) and cookies without Secure/HttpOnly.</summary>
internal sealed class TransportRule : ICodeRule
{
    private static readonly HashSet<string> s_callbacks = new(StringComparer.Ordinal)
    {
        "ServerCertificateCustomValidationCallback", "ServerCertificateValidationCallback", "RemoteCertificateValidationCallback", "CertificateValidationCallback",
    };

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CoeRules.CertificateValidation, CoeRules.InsecureCookie];

    public void Analyze(RuleContext context)
    {
        foreach (var node in context.Nodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax a when CodeFacts.NameOfExpression(a.Left) is { } name && s_callbacks.Contains(name) && AcceptsAll(a.Right, context):
                    ReportCertificate(context, a);
                    break;
                case ArgumentSyntax arg when arg.Parent?.Parent is BaseObjectCreationExpressionSyntax c && CodeFacts.CreatedTypeName(c, context.Model) == "SslStream"
                                              && arg.Expression is LambdaExpressionSyntax && AcceptsAll(arg.Expression, context):
                    ReportCertificate(context, arg);
                    break;
                case AssignmentExpressionSyntax a when CodeFacts.NameOfExpression(a.Left) is "Secure" or "HttpOnly" && a.Right.IsKind(SyntaxKind.FalseLiteralExpression)
                                                     && IsCookieSetting(a, context.Model):
                    context.Report(CoeRules.InsecureCookie, CodeFacts.StatementOf(a),
                        CodeFacts.NameOfExpression(a.Left) == "Secure"
                            ? "Secure = false lets the browser send this cookie over plain HTTP, where it can be read in transit."
                            : "HttpOnly = false lets any script on the page read this cookie, so an XSS can steal it.",
                        a.ToString().Replace("false", "true", StringComparison.Ordinal), 0.9);
                    break;
                case InvocationExpressionSyntax call when CodeFacts.NameOf(call) == "Append" && CodeFacts.ReceiverName(call) == "Cookies"
                                                          && call.ArgumentList.Arguments.Count == 2 && IsSensitiveCookie(call, context.Model):
                    context.Report(CoeRules.InsecureCookie, CodeFacts.StatementOf(call),
                        "This session or auth cookie is appended with default options, which are neither Secure nor HttpOnly.",
                        call.ToString().TrimEnd(')') + ", new CookieOptions { Secure = true, HttpOnly = true, SameSite = SameSiteMode.Strict })", 0.85);
                    break;
            }
        }
    }

    // On the lambda (or value) that disables the check, not on the statement that may start lines above it.
    private static void ReportCertificate(RuleContext context, SyntaxNode at) =>
        context.Report(CoeRules.CertificateValidation, at switch { AssignmentExpressionSyntax a => a.Right, ArgumentSyntax arg => arg.Expression, _ => at },
            "This callback accepts every server certificate, so anyone on the network path can impersonate the server (man in the middle).",
            "Remove the callback, or check sslPolicyErrors == SslPolicyErrors.None and pin the expected certificate.", 0.95);

    // A lambda whose every return is `true`, or the DangerousAcceptAnyServerCertificateValidator constant.
    private static bool AcceptsAll(ExpressionSyntax value, RuleContext context)
    {
        if (CodeFacts.NameOfExpression(value) == "DangerousAcceptAnyServerCertificateValidator")
        {
            return true;
        }

        if (value is not LambdaExpressionSyntax lambda)
        {
            return false;
        }

        if (lambda.ExpressionBody is { } body)
        {
            return body.IsKind(SyntaxKind.TrueLiteralExpression);
        }

        var returns = lambda.Block?.DescendantNodes().OfType<ReturnStatementSyntax>().ToList() ?? [];
        return returns.Count > 0 && returns.All(r => r.Expression?.IsKind(SyntaxKind.TrueLiteralExpression) == true);
    }

    private static bool IsCookieSetting(AssignmentExpressionSyntax a, SemanticModel model)
    {
        if (a.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation })
        {
            return CodeFacts.CreatedTypeName(creation, model) is "CookieOptions" or "HttpCookie" or "Cookie" or "CookieBuilder";
        }

        var owner = (a.Left as MemberAccessExpressionSyntax)?.Expression;
        return owner is not null && ((CodeFacts.TypeOf(owner, model)?.Name ?? CodeFacts.NameOfExpression(owner) ?? "").Contains("ookie", StringComparison.Ordinal));
    }

    private static bool IsSensitiveCookie(InvocationExpressionSyntax call, SemanticModel model)
    {
        var first = call.ArgumentList.Arguments[0].Expression;
        var name = model.GetConstantValue(first).Value as string ?? CodeFacts.NameOfExpression(first) ?? "";
        return SecretCatalogue.IsSecretName(name) || SecretCatalogue.Words(name).Any(w => w is "session" or "auth" or "sid" or "jwt" or "identity" or "remember" or "login");
    }
}
