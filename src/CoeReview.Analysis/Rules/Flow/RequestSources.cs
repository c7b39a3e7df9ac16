using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CoeReview.Analysis.Rules.Flow;

/// <summary>Where request data enters: controller actions, model-bound parameters, minimal-API handlers, Main's args.</summary>
internal static class RequestSources
{
    private static readonly HashSet<string> s_bindingAttributes = new(StringComparer.Ordinal)
    {
        "FromQuery", "FromBody", "FromForm", "FromRoute", "FromHeader", "AsParameters",
    };

    private static readonly HashSet<string> s_routeMethods = new(StringComparer.Ordinal)
    {
        "Map", "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "MapFallback",
    };

    /// <summary>The taint of a method's parameters: request for actions and Main, caller for other public methods.</summary>
    public static TaintLevel LevelOf(BaseMethodDeclarationSyntax method, SemanticModel model)
    {
        if (method is MethodDeclarationSyntax { Identifier.ValueText: "Main" } && method.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            return TaintLevel.Request;
        }

        if (!method.Modifiers.Any(SyntaxKind.PublicKeyword))
        {
            return TaintLevel.None;
        }

        if (method is MethodDeclarationSyntax m && (HasHttpAttribute(m) || IsControllerOrPage(m, model)))
        {
            return TaintLevel.Request;
        }

        return method is ConstructorDeclarationSyntax ? TaintLevel.None : TaintLevel.Caller;
    }

    public static bool IsModelBound(ParameterSyntax parameter) =>
        parameter.AttributeLists.SelectMany(l => l.Attributes).Any(a => s_bindingAttributes.Contains(TestFiles.AttributeName(a)));

    public static bool IsRouteHandler(ParenthesizedLambdaExpressionSyntax lambda) =>
        lambda.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } && CodeFacts.NameOf(call) is { } name && s_routeMethods.Contains(name);

    public static bool IsRequestType(ITypeSymbol? type) => type?.Name is "HttpRequest" or "HttpRequestBase" or "HttpRequestData";

    private static bool HasHttpAttribute(MethodDeclarationSyntax method) => method.AttributeLists.SelectMany(l => l.Attributes)
        .Select(TestFiles.AttributeName).Any(n => n.StartsWith("Http", StringComparison.Ordinal) && n.Length > 4 || n is "Route" or "AcceptVerbs");

    private static bool IsControllerOrPage(MethodDeclarationSyntax method, SemanticModel model)
    {
        if (method.Parent is not TypeDeclarationSyntax type || method.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            return false;
        }

        if (type.Identifier.ValueText.EndsWith("Controller", StringComparison.Ordinal)
            || type.AttributeLists.SelectMany(l => l.Attributes).Any(a => TestFiles.AttributeName(a) is "ApiController" or "Controller"))
        {
            return true;
        }

        var baseNames = type.BaseList?.Types.Select(t => t.Type.ToString()) ?? [];
        if (baseNames.Any(n => n.EndsWith("Controller", StringComparison.Ordinal) || n.EndsWith("ControllerBase", StringComparison.Ordinal) || n is "PageModel" or "Hub" or "ComponentBase"))
        {
            return method.Identifier.ValueText.StartsWith("On", StringComparison.Ordinal) || !baseNames.Contains("ComponentBase");
        }

        return model.GetDeclaredSymbol(type) is { } symbol && CodeFacts.IsOrDerivesFrom(symbol.BaseType, "ControllerBase", "Controller", "PageModel");
    }
}
