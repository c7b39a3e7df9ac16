using System.Xml;
using System.Xml.Linq;

namespace CoeReview.Analysis.Projects;

/// <summary>
/// Evaluates a project file the way MSBuild does before any target runs: properties and imports in
/// document order (Directory.Build.props/.targets, explicit imports with conditions, NuGet's
/// generated props/targets when a restore wrote them), then items with the final properties. The
/// SDK's own files are not read: <see cref="SdkEmulation"/> sets what they would.
/// </summary>
internal sealed class MsBuildEvaluator
{
    /// <summary>The folder the SDK's own imports appear to live in; nothing below it is read.</summary>
    public const string SdkRoot = "/.coe-review-sdk";

    private readonly IProjectFileSystem _files;
    private readonly string _repoRoot;
    private readonly IReadOnlyDictionary<string, string> _globals;
    private readonly Dictionary<string, string> _properties = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(XElement Group, string File)> _itemGroups = [];
    private readonly List<ProjectWarning> _warnings = [];
    private readonly HashSet<string> _imported = new(StringComparer.Ordinal);
    private readonly Stack<string> _fileStack = new();
    private readonly MsBuildExpander _expander;
    private readonly MsBuildCondition _condition;

    public MsBuildEvaluator(IProjectFileSystem files, string repoRoot, IReadOnlyDictionary<string, string>? globalProperties = null)
    {
        _files = files ?? throw new ArgumentNullException(nameof(files));
        _repoRoot = repoRoot ?? throw new ArgumentNullException(nameof(repoRoot));
        _globals = globalProperties ?? new Dictionary<string, string>();
        var functions = new MsBuildFunctions(files, () => ProjectPaths.DirectoryOf(CurrentFile) + "/");
        _expander = new MsBuildExpander(Lookup, functions);
        _condition = new MsBuildCondition(_expander, p => Exists(p));
    }

    private string CurrentFile => _fileStack.Count > 0 ? _fileStack.Peek() : "/";

    /// <summary>Evaluates the project at an absolute path. Never throws for a bad project: the result says what failed.</summary>
    public EvaluatedProject Evaluate(string projectPath)
    {
        ArgumentNullException.ThrowIfNull(projectPath);
        var path = ProjectPaths.Normalize(projectPath);
        SdkEmulation.SetReserved(_properties, path);
        var root = Load(path, 0, isProject: true);
        if (root is null)
        {
            return new EvaluatedProject(path, "Microsoft.NET.Sdk", _properties, [], _warnings, readable: false);
        }

        var sdk = SdkOf(root);
        _fileStack.Push(path);
        var sdkEmulation = new SdkEmulation(this, sdk);
        sdkEmulation.BeforeProject();
        Walk(root);
        sdkEmulation.AfterProject();
        _fileStack.Pop();
        var itemPass = new ItemEvaluation(_expander, _condition, () => CurrentFile, _fileStack);
        var items = itemPass.Run(_itemGroups);
        var properties = new Dictionary<string, string>(_properties, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in _globals)
        {
            properties[name] = value;
        }

        return new EvaluatedProject(path, sdk, properties, items, _warnings, readable: true)
        {
            Removals = itemPass.Removals,
        };
    }

    internal string? Lookup(string name) =>
        _globals.TryGetValue(name, out var g) ? g
        : name.StartsWith("MSBuildThisFile", StringComparison.OrdinalIgnoreCase) ? SdkEmulation.ThisFile(name, CurrentFile)
        : _properties.TryGetValue(name, out var v) ? v
        : Environment.GetEnvironmentVariable(name);

    internal void Set(string name, string value)
    {
        if (!_globals.ContainsKey(name))
        {
            _properties[name] = value;
        }
    }

    internal string Expand(string text) => _expander.Expand(text);

    internal bool Exists(string path)
    {
        var full = ProjectPaths.Combine(ProjectPaths.DirectoryOf(CurrentFile), path);
        return !full.StartsWith(SdkRoot, StringComparison.Ordinal) && (_files.FileExists(full) || _files.DirectoryExists(full));
    }

    /// <summary>Imports a file by absolute path when it exists (the SDK's implicit imports use this).</summary>
    internal void ImportIfExists(string path)
    {
        var full = ProjectPaths.Normalize(path);
        if (_files.FileExists(full))
        {
            Import(full, 0);
        }
    }

    internal string? FindAbove(string directory, string fileName) => MsBuildFunctions.FindAbove(_files, directory, fileName);

    private void Walk(XElement parent)
    {
        foreach (var e in parent.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "PropertyGroup" when Condition(e):
                    foreach (var p in e.Elements().Where(Condition))
                    {
                        Set(p.Name.LocalName, Expand(p.Value.Trim()));
                        if (_expander.Incomplete)
                        {
                            WarnInRepository(p, $"the value of {p.Name.LocalName} could not be evaluated fully");
                            _expander.Reset();
                        }
                    }

                    break;
                case "ItemGroup":
                    _itemGroups.Add((e, CurrentFile));
                    break;
                case "Import" when Condition(e):
                    ImportElement(e);
                    break;
                case "ImportGroup" when Condition(e):
                    foreach (var i in e.Elements().Where(x => x.Name.LocalName == "Import" && Condition(x)))
                    {
                        ImportElement(i);
                    }

                    break;
                case "Choose":
                    var branch = e.Elements().FirstOrDefault(w => w.Name.LocalName == "When" && Condition(w))
                        ?? e.Elements().FirstOrDefault(w => w.Name.LocalName == "Otherwise");
                    if (branch is not null)
                    {
                        Walk(branch);
                    }

                    break;
            }
        }
    }

    private void ImportElement(XElement import)
    {
        var line = ((IXmlLineInfo)import).LineNumber;
        if (import.Attribute("Sdk") is not null)
        {
            return; // <Import Project="Sdk.props" Sdk="..."/>: the SDK's own file, emulated around the project.
        }

        var project = Expand(import.Attribute("Project")?.Value ?? "");
        foreach (var part in project.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var full = ProjectPaths.Combine(ProjectPaths.DirectoryOf(CurrentFile), part);
            if (full.StartsWith(SdkRoot, StringComparison.Ordinal))
            {
                continue;
            }

            if (part.Contains('*', StringComparison.Ordinal))
            {
                foreach (var match in _files.Glob(ProjectPaths.DirectoryOf(full), Path.GetFileName(full)).Order(StringComparer.Ordinal))
                {
                    Import(match, line);
                }
            }
            else if (_files.FileExists(full))
            {
                Import(full, line);
            }
            else if (ProjectPaths.RelativeTo(_repoRoot, full) is not null)
            {
                _warnings.Add(new ProjectWarning(Display(CurrentFile), line, $"imported project '{part}' was not found"));
            }
        }
    }

    private void Import(string path, int line)
    {
        if (!_imported.Add(path) || _fileStack.Contains(path))
        {
            return;
        }

        var root = Load(path, line, isProject: false);
        if (root is null)
        {
            return;
        }

        _fileStack.Push(path);
        Walk(root);
        _fileStack.Pop();
    }

    private XElement? Load(string path, int line, bool isProject)
    {
        var text = _files.ReadText(path);
        if (text is null)
        {
            _warnings.Add(new ProjectWarning(Display(isProject ? path : CurrentFile), line, isProject ? "project file could not be read" : $"'{Display(path)}' could not be read"));
            return null;
        }

        try
        {
            // Visual Studio writes a byte-order mark; a string that still carries it is not well-formed XML.
            var doc = XDocument.Parse(text.TrimStart('\uFEFF'), LoadOptions.SetLineInfo);
            if (doc.Root?.Name.LocalName != "Project")
            {
                _warnings.Add(new ProjectWarning(Display(path), 1, "not an MSBuild project (no <Project> root)"));
                return null;
            }

            return doc.Root;
        }
        catch (XmlException e)
        {
            _warnings.Add(new ProjectWarning(Display(path), e.LineNumber, "not well-formed XML: " + e.Message.Split(" Line ", 2)[0].TrimEnd('.')));
            return null;
        }
    }

    private bool Condition(XElement e)
    {
        var text = e.Attribute("Condition")?.Value;
        var value = _condition.Evaluate(text);
        if (_condition.Incomplete || _expander.Incomplete)
        {
            WarnInRepository(e, $"condition \"{text}\" could not be evaluated; taken as false");
            _condition.Reset();
        }

        return value;
    }

    // Only the repository's own files are the user's to fix; the SDK's, packages' and obj/'s are not reported.
    private void WarnInRepository(XElement at, string message)
    {
        if (ProjectPaths.RelativeTo(_repoRoot, CurrentFile) is { } rel && !rel.Split('/').Contains("obj"))
        {
            _warnings.Add(new ProjectWarning(rel, ((IXmlLineInfo)at).LineNumber, message));
        }
    }

    private static string? SdkOf(XElement root)
    {
        if (root.Attribute("Sdk")?.Value is { Length: > 0 } sdk)
        {
            return sdk.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        }

        var element = root.Elements().FirstOrDefault(e => e.Name.LocalName == "Sdk")?.Attribute("Name")?.Value
            ?? root.Elements().FirstOrDefault(e => e.Name.LocalName == "Import" && e.Attribute("Sdk") is not null)?.Attribute("Sdk")?.Value;
        return element;
    }

    private string Display(string path) => ProjectPaths.RelativeTo(_repoRoot, path) ?? path;
}
