using System.Collections.Concurrent;
using System.Collections.Immutable;
using CoeReview.Core.Diff;
using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.Workspace;

/// <summary>
/// The project's .editorconfig and .globalconfig severities (dotnet_diagnostic.ID.severity) as the
/// compiler applies them per file, so a rule the project turns off is not reported and one it raises
/// is reported as it asks. Trees carry repo-relative paths; configs are matched on the absolute ones.
/// </summary>
internal sealed class AnalyzerConfigProvider : SyntaxTreeOptionsProvider
{
    private readonly AnalyzerConfigSet _set;
    private readonly string _root;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byPath = new(StringComparer.Ordinal);

    private AnalyzerConfigProvider(AnalyzerConfigSet set, string root)
    {
        _set = set;
        _root = root.TrimEnd('/');
    }

    /// <summary>A provider for the project folder, or null when no config file applies.</summary>
    public static AnalyzerConfigProvider? For(ISnapshot snapshot, IReadOnlyList<string> files, string repoRoot, string projectFolder)
    {
        var configs = new List<AnalyzerConfig>();
        var root = repoRoot.TrimEnd('/');
        foreach (var file in files.Where(f => Path.GetFileName(f) is ".editorconfig" or ".globalconfig"))
        {
            var folder = ProjectLayout.DirectoryOf(file);
            var isGlobal = Path.GetFileName(file) == ".globalconfig";

            // Editorconfigs apply below their folder; a .globalconfig applies to the projects at or below it.
            if (isGlobal && !(folder.Length == 0 || projectFolder == folder || projectFolder.StartsWith(folder + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            if (snapshot.ReadText(file) is { } text)
            {
                // A file named .globalconfig is global whether or not it says is_global.
                var global = isGlobal && !System.Text.RegularExpressions.Regex.IsMatch(text, @"^\s*is_global\s*=", System.Text.RegularExpressions.RegexOptions.Multiline);
                configs.Add(AnalyzerConfig.Parse(global ? "is_global = true\n" + text : text, root + "/" + file));
            }
        }

        return configs.Count == 0 ? null : new AnalyzerConfigProvider(AnalyzerConfigSet.Create(configs.ToImmutableArray(), out _), root);
    }

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Options(tree).AnalyzerOptions.TryGetValue("generated_code", out var v) && v.Equals("true", StringComparison.OrdinalIgnoreCase)
            ? GeneratedKind.MarkedGenerated : GeneratedKind.Unknown;
    }

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Options(tree).TreeOptions.TryGetValue(diagnosticId, out severity);
    }

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);

    private AnalyzerConfigOptionsResult Options(SyntaxTree tree) =>
        _byPath.GetOrAdd(tree.FilePath, p => _set.GetOptionsForSourcePath(ProjectLayout.IsRooted(p) ? p : _root + "/" + p));
}
