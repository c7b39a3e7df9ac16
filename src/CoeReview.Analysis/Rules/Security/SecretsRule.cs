using CoeReview.Core.Secrets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Security;

/// <summary>
/// Hard-coded secrets in C# string literals: known token shapes, passwords in connection strings, and
/// secret-looking literals assigned to secret-like names. Test files only get the known token shapes.
/// </summary>
internal sealed class SecretsRule : ICodeRule
{
    public IReadOnlyList<RuleDescriptor> Rules { get; } = [CoeRules.HardcodedSecret];

    public void Analyze(RuleContext context)
    {
        foreach (var literal in context.Nodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
        {
            var value = literal.Token.ValueText;
            if (value.Length < 8)
            {
                continue;
            }

            var at = literal;
            if (SecretCatalogue.KnownToken(value) is { } shape && !(context.IsTestFile && shape.Kind == "jwt"))
            {
                Report(context, at, $"This literal contains {shape.Description}; anyone who can read the repository can use it.");
            }
            else if (!context.IsTestFile && SecretCatalogue.HasConnectionStringPassword(value))
            {
                Report(context, at, "This connection string carries its password in source, where everyone with the repository can read it.");
            }
            else if (!context.IsTestFile && NameOf(literal) is { } name && SecretCatalogue.IsSecretAssignment(name, value))
            {
                Report(context, at, $"'{name}' is assigned a literal that looks like a real secret; committed secrets leak with the code.");
            }
        }
    }

    private static void Report(RuleContext context, SyntaxNode at, string message) =>
        context.Report(CoeRules.HardcodedSecret, at, message,
            "Read it from configuration or a secret store (user-secrets, environment, Key Vault) and rotate the exposed value.", 0.9);

    // The name a literal is given: variable, field, property, assignment target, named argument or dictionary key.
    private static string? NameOf(LiteralExpressionSyntax literal)
    {
        var parent = literal.Parent;
        return parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax v } => v.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax p } => p.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: ParameterSyntax p } => p.Identifier.ValueText,
            AssignmentExpressionSyntax a when a.Right == literal => a.Left switch
            {
                ImplicitElementAccessSyntax ie => ie.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax k ? k.Token.ValueText : null,
                ElementAccessExpressionSyntax e => e.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax k ? k.Token.ValueText : null,
                var left => CodeFacts.NameOfExpression(left),
            },
            ArgumentSyntax { NameColon: { } nc } => nc.Name.Identifier.ValueText,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax p } => p.Identifier.ValueText,
            _ => null,
        };
    }
}
