namespace CoeReview.Analysis.Projects;

/// <summary>
/// What the .NET SDK's props and targets contribute to evaluation without reading them: defaults,
/// the Directory.Build.props/.targets and Directory.Packages.props imports (nearest file above the
/// project), NuGet's generated obj/*.nuget.g.props/.targets, and the target-framework properties.
/// </summary>
internal sealed class SdkEmulation(MsBuildEvaluator evaluator, string? sdk)
{
    private string? _directoryBuildProps;

    public static void SetReserved(Dictionary<string, string> properties, string projectPath)
    {
        var dir = ProjectPaths.DirectoryOf(projectPath);
        var file = Path.GetFileName(projectPath);
        properties["MSBuildProjectDirectory"] = dir;
        properties["MSBuildProjectDirectoryNoRoot"] = dir.TrimStart('/');
        properties["MSBuildProjectFile"] = file;
        properties["MSBuildProjectName"] = Path.GetFileNameWithoutExtension(file);
        properties["MSBuildProjectExtension"] = Path.GetExtension(file);
        properties["MSBuildProjectFullPath"] = projectPath;
        properties["MSBuildStartupDirectory"] = dir;
        properties["MSBuildExtensionsPath"] = MsBuildEvaluator.SdkRoot + "/MSBuild";
        properties["MSBuildExtensionsPath32"] = MsBuildEvaluator.SdkRoot + "/MSBuild";
        properties["MSBuildExtensionsPath64"] = MsBuildEvaluator.SdkRoot + "/MSBuild";
        properties["MSBuildToolsPath"] = MsBuildEvaluator.SdkRoot + "/bin";
        properties["MSBuildBinPath"] = MsBuildEvaluator.SdkRoot + "/bin";
        properties["MSBuildSDKsPath"] = MsBuildEvaluator.SdkRoot + "/Sdks";
        properties["VSToolsPath"] = MsBuildEvaluator.SdkRoot + "/VisualStudio";
        properties["MSBuildToolsVersion"] = "Current";
        properties["MSBuildRuntimeType"] = "Core";
        properties["MSBuildVersion"] = "18.0.0";
        properties["MSBuildAssemblyVersion"] = "18.0";
        properties["VisualStudioVersion"] = "17.0";
        properties["NETCoreSdkVersion"] = "10.0.100";
        properties["OS"] = OperatingSystem.IsWindows() ? "Windows_NT" : "Unix";
    }

    public static string ThisFile(string name, string current)
    {
        var dir = ProjectPaths.DirectoryOf(current);
        return name.ToLowerInvariant() switch
        {
            "msbuildthisfile" => Path.GetFileName(current),
            "msbuildthisfiledirectory" => dir.TrimEnd('/') + "/",
            "msbuildthisfiledirectorynoroot" => dir.Trim('/') + "/",
            "msbuildthisfilefullpath" => current,
            "msbuildthisfilename" => Path.GetFileNameWithoutExtension(current),
            "msbuildthisfileextension" => Path.GetExtension(current),
            _ => "",
        };
    }

    public void BeforeProject()
    {
        // The SDK defaults these before the project; a legacy project defaults them itself (and Common.targets after it).
        if (sdk is not null)
        {
            Default("Configuration", "Debug");
            Default("Platform", "AnyCPU");
        }

        var projectDir = evaluator.Lookup("MSBuildProjectDirectory")!;
        if (!IsFalse("ImportDirectoryBuildProps"))
        {
            _directoryBuildProps = evaluator.FindAbove(projectDir, "Directory.Build.props");
            if (_directoryBuildProps is not null)
            {
                evaluator.ImportIfExists(_directoryBuildProps);
            }
        }

        Default("BaseIntermediateOutputPath", "obj/");
        if (string.Equals(evaluator.Lookup("UseArtifactsOutput"), "true", StringComparison.OrdinalIgnoreCase))
        {
            var root = _directoryBuildProps is null ? projectDir : ProjectPaths.DirectoryOf(_directoryBuildProps);
            Default("ArtifactsPath", root + "/artifacts");
            Default("MSBuildProjectExtensionsPath", ProjectPaths.Combine(projectDir, evaluator.Lookup("ArtifactsPath")!) + "/obj/" + evaluator.Lookup("MSBuildProjectName") + "/");
        }

        Default("MSBuildProjectExtensionsPath", ProjectPaths.Combine(projectDir, evaluator.Lookup("BaseIntermediateOutputPath")!) + "/");
        evaluator.ImportIfExists(NuGetGenerated(".nuget.g.props"));
        if (sdk is not null && !IsFalse("ImportDirectoryPackagesProps") && evaluator.FindAbove(projectDir, "Directory.Packages.props") is { } packages)
        {
            evaluator.ImportIfExists(packages);
        }
    }

    public void AfterProject()
    {
        Default("Configuration", "Debug");
        Default("Platform", "AnyCPU");
        var tfm = TargetFramework.Parse(evaluator.Lookup("TargetFramework"))
            ?? (sdk is null ? TargetFramework.FromFrameworkVersion(evaluator.Lookup("TargetFrameworkVersion") ?? "v4.0") : null);
        if (tfm is not null)
        {
            Default("TargetFrameworkIdentifier", tfm.Identifier);
            Default("TargetFrameworkVersion", "v" + tfm.VersionText);
            Default("TargetFrameworkMoniker", tfm.LongName);
            Default("TargetPlatformIdentifier", tfm.Platform.Length > 0 ? new string(tfm.Platform.TakeWhile(char.IsAsciiLetter).ToArray()) : "");
        }

        if (!IsFalse("ImportDirectoryBuildTargets") && evaluator.FindAbove(evaluator.Lookup("MSBuildProjectDirectory")!, "Directory.Build.targets") is { } targets)
        {
            evaluator.ImportIfExists(targets);
        }

        evaluator.ImportIfExists(NuGetGenerated(".nuget.g.targets"));
    }

    private string NuGetGenerated(string suffix) => evaluator.Lookup("MSBuildProjectExtensionsPath") + evaluator.Lookup("MSBuildProjectFile") + suffix;

    private void Default(string name, string value)
    {
        if (string.IsNullOrEmpty(evaluator.Lookup(name)))
        {
            evaluator.Set(name, value);
        }
    }

    private bool IsFalse(string name) => string.Equals(evaluator.Lookup(name), "false", StringComparison.OrdinalIgnoreCase);
}
