using CoeReview.Cli.Commands;
using CoeReview.Core.Config;
using CoeReview.Core.Experts;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;
using CoeReview.Git;

namespace CoeReview.Cli.Composition;

/// <summary>Everything one review needs, composed from the request, the config file and the environment.</summary>
internal sealed class ReviewSession
{
    private ReviewSession(ReviewRequest request, ReviewConfig config, ExpertCatalog catalog, ReviewOptions options, string backend, IDiffSource source)
    {
        Request = request;
        Config = config;
        Catalog = catalog;
        Options = options;
        BackendName = backend;
        Source = source;
    }

    public ReviewRequest Request { get; }

    public ReviewConfig Config { get; }

    public ExpertCatalog Catalog { get; }

    public ReviewOptions Options { get; }

    public string BackendName { get; }

    public IDiffSource Source { get; }

    public static ReviewSession Create(ReviewRequest request, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var root = RepoRoot(request);
        var config = LoadConfig(request, root);
        var catalog = LoadCatalog(config, root, request.Experts);
        // The command line's values are checked by System.CommandLine and the file's by ConfigLoader.
        var failText = request.FailLevel ?? config.FailLevel ?? "error";
        Severity? failLevel = failText == "none" ? null
            : SeverityNames.TryParse(failText, out var s) ? s : throw new CliInputException($"unknown fail level '{failText}' (use none, note, warning or error)");
        if (request.Backend is null && config.Backend is { } configured && !Backends.Names.Contains(configured))
        {
            throw new ConfigException($"{config.FileName}:{config.Lines.GetValueOrDefault("backend", 1)}: backend: expected one of {string.Join(", ", Backends.Names)}, got '{configured}'");
        }

        var filter = request.Filter ?? config.Filter ?? "added";
        var options = new ReviewOptions
        {
            Filter = FilterModes.Names.Contains(filter) ? FilterModes.Parse(filter) : throw new CliInputException($"unknown filter '{filter}' (use {string.Join(", ", FilterModes.Names)})"),
            FailLevel = failLevel,
            MinModelConfidence = config.MinConfidence ?? 0.5,
        };
        var backend = request.Backend ?? config.Backend ?? Backends.Default;
        var source = new ExcludingDiffSource(CreateSource(request, context), config.Exclude);
        return new ReviewSession(request, config, catalog, options, backend, source);
    }

    /// <summary>Reviews what <paramref name="source"/> gives on the session's backend and router, then releases the backend.</summary>
    public async Task<Review> RunAsync(IDiffSource source, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        var analysis = new AnalysisStage(context.AnalysisEngines(Catalog, Options.Filter));
        var backend = Backends.Create(BackendName, new BackendContext(Config, Options, context.Environment, Catalog));

        // A backend's own minConfidence (the remote section's) applies when the top-level key is absent.
        var options = Config.MinConfidence is null && backend.MinModelConfidence is { } own ? Options with { MinModelConfidence = own } : Options;
        // With one expert selected there is nothing to choose between: its rule signals decide, and
        // the embedding model (about a second to load, more to embed a large diff) is not needed.
        var router = Catalog.Experts.Count == 1 && HasRuleSignals(Catalog.Experts[0]) ? new RuleRouter() : Routers.Create(Config, context.Environment);
        try
        {
            return await new ReviewPipeline(analysis, router, backend, options).RunAsync(source, Catalog, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            (backend as IDisposable)?.Dispose();
        }
    }

    private static bool HasRuleSignals(ExpertDefinition expert) =>
        expert.Routing.Always || expert.Routing.Languages.Count > 0 || expert.Routing.Paths.Count > 0;

    private static IDiffSource CreateSource(ReviewRequest r, CliContext context)
    {
        if (r.Diff is not null)
        {
            if (r.Base is not null || r.Staged)
            {
                throw new CliInputException("--diff cannot be combined with --base or --staged");
            }

            var text = r.Diff == "-" ? context.In.ReadToEnd() : File.ReadAllText(r.Diff);
            return new DiffFileSource(text, r.Repo);
        }

        if (r.Head is not null && r.Base is null)
        {
            throw new CliInputException("--head needs --base");
        }

        if (r.Base is not null)
        {
            return r.Staged
                ? throw new CliInputException("--staged cannot be combined with --base")
                : new RangeDiffSource(r.Repo, r.Base, r.Head ?? "HEAD", mergeBase: true);
        }

        return new WorkTreeDiffSource(r.Repo, r.Staged);
    }

    /// <summary>The repository's root (or the folder itself outside git) where config and experts live.</summary>
    public static string RepoRoot(ReviewRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Directory.Exists(request.Repo))
        {
            throw new CliInputException($"'{request.Repo}' is not a directory");
        }

        var found = LibGit2Sharp.Repository.Discover(Path.GetFullPath(request.Repo));
        if (found is null)
        {
            return Path.GetFullPath(request.Repo);
        }

        var dotGit = Path.TrimEndingDirectorySeparator(found);
        return Path.GetFileName(dotGit) == ".git" ? Path.GetDirectoryName(dotGit)! : Path.GetFullPath(request.Repo);
    }

    /// <summary>--config when given, else .coe-review.yml at the root, else the empty config.</summary>
    public static ReviewConfig LoadConfig(ReviewRequest request, string root)
    {
        if (request.Config is not null)
        {
            return File.Exists(request.Config) ? ConfigFiles.Load(request.Config) : throw new CliInputException($"config file '{request.Config}' not found");
        }

        var path = Path.Combine(root, ConfigLoader.FileName);
        return File.Exists(path) ? ConfigFiles.Load(path) : ReviewConfig.Empty with { Folder = root };
    }

    public static ExpertCatalog LoadCatalog(ReviewConfig config, string root, string? selection)
    {
        ArgumentNullException.ThrowIfNull(config);
        var folder = config.ExpertsDir is { } dir ? Path.Combine(config.Folder ?? root, dir) : Path.Combine(root, "experts");
        var (catalog, errors) = ExpertSources.Load(ExpertFiles.InFolder(folder));
        if (errors.Count > 0)
        {
            var more = errors.Count > 1 ? $" (and {errors.Count - 1} more; run 'coe-review experts validate')" : "";
            throw new CliInputException($"invalid expert file: {errors[0]}{more}");
        }

        var ids = selection?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList() ?? config.Experts?.ToList();
        if (ids is null)
        {
            return catalog;
        }

        var chosen = catalog.Select(ids, out var unknown);
        return unknown.Count > 0
            ? throw new CliInputException($"unknown expert '{unknown[0]}' (known: {string.Join(", ", catalog.Experts.Select(e => e.Id))})")
            : chosen;
    }
}
