using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace CoeReview.Analysis.External;

/// <summary>
/// Loads analyzer DLLs into one isolated AssemblyLoadContext per folder. With Assembly.LoadFrom the
/// host's YamlDotNet replaces SecurityCodeScan's copy and every SCS analyzer crashes; sharing more
/// than Microsoft.CodeAnalysis(.CSharp) and System.* silently drops the C# NetAnalyzers.
/// </summary>
internal sealed class IsolatedAnalyzerLoader : IAnalyzerAssemblyLoader
{
    private readonly Dictionary<string, FolderContext> _contexts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath)
    {
        var dir = Path.GetDirectoryName(fullPath)!;
        lock (_gate)
        {
            if (!_contexts.TryGetValue(dir, out var context))
            {
                _contexts[dir] = context = new FolderContext(dir);
            }

            return context.LoadFromAssemblyPath(fullPath);
        }
    }

    private sealed class FolderContext(string dir) : AssemblyLoadContext("coe-review-analyzers:" + dir)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var name = assemblyName.Name!;
            if (name is "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp" || name.StartsWith("System.", StringComparison.Ordinal) || name == "System")
            {
                return null;
            }

            var file = Path.Combine(dir, name + ".dll");
            return File.Exists(file) ? LoadFromAssemblyPath(file) : null;
        }
    }
}
