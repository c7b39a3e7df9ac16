using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CoeReview.Analysis.External;

/// <summary>
/// Third-party Roslyn analyzers loaded once from folders of DLLs, narrowed to the rules we enable:
/// analyzers with no enabled rule are dropped, so the driver never runs them.
/// </summary>
public sealed class AnalyzerSet
{
    private static readonly IsolatedAnalyzerLoader s_loader = new();

    private AnalyzerSet(ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyDictionary<string, ReportDiagnostic> options, IReadOnlyList<string> loadErrors)
    {
        Analyzers = analyzers;
        DiagnosticOptions = options;
        LoadErrors = loadErrors;
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    /// <summary>Every rule the loaded analyzers know: Warn for the enabled ones, Suppress for the rest.</summary>
    public IReadOnlyDictionary<string, ReportDiagnostic> DiagnosticOptions { get; }

    public IReadOnlyList<string> LoadErrors { get; }

    public bool IsEmpty => Analyzers.IsEmpty;

    /// <summary>Loads every *.dll in the folders (missing folders are skipped) and enables the rules the predicate accepts.</summary>
    public static AnalyzerSet Load(IEnumerable<string> folders, Func<string, bool> enabled)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(enabled);
        var errors = new List<string>();
        var all = new List<DiagnosticAnalyzer>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var dll in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(dll).StartsWith("YamlDotNet", StringComparison.Ordinal))
                {
                    continue; // a dependency of SecurityCodeScan, not an analyzer assembly
                }

                var reference = new AnalyzerFileReference(dll, s_loader);
                reference.AnalyzerLoadFailed += (_, e) => errors.Add($"{Path.GetFileName(dll)}: {e.Message}");
                all.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }
        }

        var options = new Dictionary<string, ReportDiagnostic>(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var analyzer in all)
        {
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToList();
            foreach (var id in ids)
            {
                options[id] = enabled(id) ? ReportDiagnostic.Warn : ReportDiagnostic.Suppress;
            }

            if (ids.Any(enabled))
            {
                kept.Add(analyzer);
            }
        }

        return new AnalyzerSet(kept.ToImmutable(), options, errors);
    }
}
