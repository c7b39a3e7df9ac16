using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Security;

/// <summary>Insecure deserializers and settings (BinaryFormatter and kin, TypeNameHandling, type resolvers) and XML parsers open to XXE.</summary>
internal sealed class DeserializationAndXmlRule : ICodeRule
{
    private static readonly HashSet<string> s_formatters = new(StringComparer.Ordinal)
    {
        "BinaryFormatter", "NetDataContractSerializer", "LosFormatter", "SoapFormatter", "ObjectStateFormatter",
    };

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CoeRules.Deserialization, CoeRules.Xxe];

    public void Analyze(RuleContext context)
    {
        foreach (var node in context.Nodes())
        {
            switch (node)
            {
                case BaseObjectCreationExpressionSyntax creation when CodeFacts.CreatedTypeName(creation, context.Model) is { } type:
                    CheckCreation(context, creation, type);
                    break;
                case AssignmentExpressionSyntax assignment:
                    CheckSetting(context, assignment, CodeFacts.NameOfExpression(assignment.Left), assignment.Right);
                    break;
            }
        }
    }

    private static void CheckCreation(RuleContext context, BaseObjectCreationExpressionSyntax creation, string type)
    {
        var at = CodeFacts.StatementOf(creation);
        if (s_formatters.Contains(type))
        {
            context.Report(CoeRules.Deserialization, at,
                $"{type} can instantiate any type named in its input, so deserializing untrusted data can run code; it is obsolete for this reason.",
                "Use System.Text.Json (or DataContractSerializer with known types) instead.", 0.95);
        }
        else if (type == "JavaScriptSerializer" && creation.ArgumentList?.Arguments.Count > 0 && !IsNull(creation.ArgumentList.Arguments[0].Expression))
        {
            context.Report(CoeRules.Deserialization, at,
                "JavaScriptSerializer with a type resolver instantiates types named in the input, so untrusted JSON can run code.",
                "new JavaScriptSerializer()", 0.9);
        }
        else if (type == "XmlUrlResolver" && creation.Parent is AssignmentExpressionSyntax or EqualsValueClauseSyntax && IsResolverAssignment(creation))
        {
            // Reported by CheckSetting on the assignment.
        }
    }

    private static bool IsResolverAssignment(SyntaxNode creation) =>
        creation.Parent is AssignmentExpressionSyntax a && CodeFacts.NameOfExpression(a.Left) == "XmlResolver";

    private static void CheckSetting(RuleContext context, AssignmentExpressionSyntax assignment, string? property, ExpressionSyntax value)
    {
        var at = CodeFacts.StatementOf(assignment);
        switch (property)
        {
            case "TypeNameHandling" when CodeFacts.NameOfExpression(value) is { } handling && handling != "None":
                context.Report(CoeRules.Deserialization, at,
                    $"TypeNameHandling.{handling} lets the JSON choose the .NET type to create, so untrusted input can instantiate gadget types and run code.",
                    assignment.ToString().Replace(handling, "None", StringComparison.Ordinal), 0.95);
                break;
            case "DtdProcessing" when CodeFacts.NameOfExpression(value) == "Parse":
                context.Report(CoeRules.Xxe, at,
                    "DtdProcessing.Parse makes the parser expand DTDs, so a document can read local files or reach internal hosts through external entities (XXE).",
                    assignment.ToString().Replace("Parse", "Prohibit", StringComparison.Ordinal), 0.9);
                break;
            case "ProhibitDtd" when value.IsKind(SyntaxKind.FalseLiteralExpression):
                context.Report(CoeRules.Xxe, at, "ProhibitDtd = false lets documents declare external entities (XXE).",
                    assignment.ToString().Replace("false", "true", StringComparison.Ordinal), 0.9);
                break;
            case "XmlResolver" when !IsNull(value) && !IsSafeResolver(value, context.Model):
                context.Report(CoeRules.Xxe, at,
                    "A non-null XmlResolver lets the parser fetch external entities and DTDs named by the document (XXE).",
                    assignment.Left + " = null", 0.9);
                break;
        }
    }

    private static bool IsNull(ExpressionSyntax e) => e.IsKind(SyntaxKind.NullLiteralExpression) || e is LiteralExpressionSyntax { Token.ValueText: "null" };

    private static bool IsSafeResolver(ExpressionSyntax value, SemanticModel model) =>
        value is BaseObjectCreationExpressionSyntax c && CodeFacts.CreatedTypeName(c, model) == "XmlSecureResolver";
}
