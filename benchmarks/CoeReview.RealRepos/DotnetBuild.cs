using CoeReview.Benchmarks.Shared;

namespace CoeReview.RealRepos;

/// <summary>Restores and builds a clone's projects with the SDK, the way a developer would, minus the network extras.</summary>
internal sealed class DotnetBuild(ProcessRunner runner, string? nugetConfig, string workDirectory)
{
    // NuGetAudit asks the feed for vulnerability data, which this benchmark does not measure and a partial feed
    // fails on. A repository's TreatWarningsAsErrors would turn a served-next-version warning (NU1603) into a
    // failed restore and every compiler warning into an error; the compiler's own severities are what we compare.
    private static readonly string[] s_common =
        ["-nologo", "-tl:off", "-v:q", "-clp:NoSummary", "--disable-build-servers", "-p:NuGetAudit=false", "-p:TreatWarningsAsErrors=false"];

    public async Task<RestoreOutcome> RestoreAsync(string root, IReadOnlyCollection<string> owningProjects, CancellationToken cancellationToken)
    {
        var solution = ProjectLocator.RootSolution(root);
        if (solution is null && owningProjects.Count == 0)
        {
            return new RestoreOutcome("nothing to restore", 0, new HashSet<string>(), false, null, TimeSpan.Zero);
        }

        // A repository's own NuGet.config may name feeds this machine cannot reach; --configfile replaces it.
        string[] config = nugetConfig is null ? [] : ["--configfile", nugetConfig];
        var target = solution ?? Target(root, owningProjects);
        var result = await runner.RunAsync("dotnet", ["restore", target, .. config, .. s_common], root, cancellationToken);
        var errors = BuildOutputParser.Parse(result.StandardOutput + "\n" + result.StandardError, root)
            .Where(d => d.Severity == "error").ToList();
        var failed = errors
            .Where(e => e.Project is not null && e.Project.EndsWith("proj", StringComparison.Ordinal))
            .Select(e => Path.GetFullPath(e.Project!, root))
            .ToHashSet(StringComparer.Ordinal);
        var firstError = result.ExitCode == 0 ? null : errors.Count > 0 ? $"{errors[0].Id}: {errors[0].Message}" : result.FirstErrorLine;
        var name = solution is not null ? Path.GetFileName(solution) : "owning projects";
        return new RestoreOutcome(name, result.ExitCode, failed, result.ExitCode != 0 && failed.Count == 0, firstError, result.Elapsed);
    }

    /// <summary>Builds the owning projects without restoring again and keeps every diagnostic the build printed.</summary>
    public async Task<BuildOutcome> BuildAsync(string root, IReadOnlyCollection<string> owningProjects, CancellationToken cancellationToken)
    {
        var owners = owningProjects.ToHashSet(StringComparer.Ordinal);
        if (owners.Count == 0)
        {
            return new BuildOutcome([], new HashSet<string>(), null, TimeSpan.Zero);
        }

        // Analyzers are skipped (source generators still run): only CS diagnostics are compared, and
        // the compiler server is off so no VBCSCompiler outlives the run.
        var result = await runner.RunAsync(
            "dotnet",
            ["build", Target(root, owners), "--no-restore", "-p:RunAnalyzers=false", "-p:UseSharedCompilation=false", .. s_common],
            root,
            cancellationToken);
        var found = BuildOutputParser.Parse(result.StandardOutput + "\n" + result.StandardError, root)
            .DistinctBy(d => (d.Path, d.Line, d.Id, d.Message)).ToList();
        var errors = found.Where(d => d.Severity == "error").ToList();
        var notCompiled = new HashSet<string>(StringComparer.Ordinal);
        string? firstError = null;
        foreach (var owner in owners)
        {
            // An SDK or restore error in the project stops its compile; so does any error in a project that is
            // not one of the owners (a dependency, or the build itself), which we cannot place more precisely.
            var blocking = errors.FirstOrDefault(d =>
                (!d.IsCompiler && SameProject(d.Project, owner, root)) || d.Project is null || !owners.Contains(Path.GetFullPath(d.Project, root)));
            if (blocking is not null || result.TimedOut || (result.ExitCode != 0 && errors.Count == 0))
            {
                notCompiled.Add(owner);
                firstError ??= blocking is not null ? $"{blocking.Id}: {blocking.Message}" : result.FirstErrorLine;
            }
        }

        return new BuildOutcome(found, notCompiled, firstError, result.Elapsed);
    }

    /// <summary>
    /// One project as it is; several as a solution file of our own in the work folder, so MSBuild starts once
    /// and builds them in parallel instead of once per project (a commit may touch forty small apps).
    /// </summary>
    private string Target(string root, IReadOnlyCollection<string> owners)
    {
        var projects = owners.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (projects.Count == 1)
        {
            return projects[0];
        }

        var solution = Path.Combine(workDirectory, $"owners-{Path.GetFileName(root.TrimEnd('/'))}.slnx");
        // One folder per project: a solution may not hold two projects of the same file name, and small
        // sample apps often share one.
        var lines = projects.Select((p, i) =>
            $"  <Folder Name=\"/p{i}/\">\n    <Project Path=\"{System.Security.SecurityElement.Escape(Path.GetRelativePath(workDirectory, p))}\" />\n  </Folder>");
        File.WriteAllText(solution, $"<Solution>\n{string.Join("\n", lines)}\n</Solution>\n");
        return solution;
    }

    private static bool SameProject(string? reported, string project, string root) =>
        reported is not null && string.Equals(Path.GetFullPath(reported, root), project, StringComparison.Ordinal);
}
