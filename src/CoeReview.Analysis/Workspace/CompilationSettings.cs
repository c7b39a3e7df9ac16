using System.Text;
using CoeReview.Analysis.Projects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CoeReview.Analysis.Workspace;

/// <summary>What a project model means for Roslyn: compilation and parse options, and the global-usings file the SDK generates.</summary>
internal static class CompilationSettings
{
    public static CSharpCompilationOptions OptionsFor(ProjectModel model)
    {
        var specific = new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal);
        foreach (var id in model.WarningsAsErrors)
        {
            specific[id] = ReportDiagnostic.Error;
        }

        foreach (var id in model.WarningsNotAsErrors)
        {
            specific[id] = ReportDiagnostic.Warn;
        }

        foreach (var id in model.NoWarn)
        {
            specific[id] = ReportDiagnostic.Suppress;
        }

        return new CSharpCompilationOptions(
            model.OutputKind,
            nullableContextOptions: model.Nullable,
            allowUnsafe: model.AllowUnsafeBlocks,
            concurrentBuild: true,
            warningLevel: model.WarningLevel,
            generalDiagnosticOption: model.TreatWarningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default,
            specificDiagnosticOptions: specific);
    }

    public static CSharpParseOptions ParseOptionsOf(ProjectModel model)
    {
        var options = new CSharpParseOptions(model.LanguageVersion, DocumentationMode.Parse, preprocessorSymbols: model.Defines);
        // A file no project owns may be a .NET 10 file-based app: its #: directives are the SDK's, not errors.
        return model.IsLoose ? options.WithFeatures([new("FileBasedProgram", "true")]) : options;
    }

    /// <summary>The SDK's generated GlobalUsings.g.cs and InternalsVisibleTo attributes, or null when there are none.</summary>
    public static SyntaxTree? GlobalUsingsTree(ProjectModel model, string folder)
    {
        var sb = new StringBuilder();
        foreach (var u in model.GlobalUsings)
        {
            sb.Append(u.ToCSharp()).Append('\n');
        }

        foreach (var friend in model.InternalsVisibleTo)
        {
            sb.Append("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"").Append(friend.Replace("\"", "", StringComparison.Ordinal)).Append("\")]\n");
        }

        return sb.Length == 0 ? null : CSharpSyntaxTree.ParseText(sb.ToString(), ParseOptionsOf(model), folder + model.AssemblyName + ".GlobalUsings.g.cs");
    }
}
