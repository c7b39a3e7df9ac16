using System.CommandLine;
using System.Text.Json.Nodes;
using CoeReview.Cli.Composition;
using CoeReview.Cli.Reporting;
using CoeReview.Core.Config;
using CoeReview.Core.Experts;
using CoeReview.Core.Text;

namespace CoeReview.Cli.Commands;

/// <summary><c>coe-review experts list|validate</c>.</summary>
internal static class ExpertsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("experts", "List or validate the experts (built-in and the repo's experts/ folder)");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Validate(context));
        return command;
    }

    private static Option<string> FormatOption()
    {
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    private static Command List(CliContext context)
    {
        var repo = new Option<string>("--repo", "-C") { Description = "Repository whose experts/ folder to include", DefaultValueFactory = _ => "." };
        var format = FormatOption();
        var command = new Command("list", "List the experts") { repo, format };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(context, _ =>
        {
            var request = new ReviewRequest { Repo = parse.GetValue(repo)! };
            var root = ReviewSession.RepoRoot(request);
            var config = ReviewSession.LoadConfig(request, root);
            var catalog = ReviewSession.LoadCatalog(config, root, null);
            if (parse.GetValue(format) == "json")
            {
                var array = new JsonArray(catalog.Experts.Select(e => (JsonNode?)new JsonObject
                {
                    ["id"] = e.Id,
                    ["description"] = e.Description,
                    ["model"] = e.Model.Profile,
                    ["analyzers"] = new JsonArray(e.Analysis.Analyzers.Select(a => (JsonNode?)a).ToArray()),
                    ["rules"] = new JsonArray(e.Analysis.Rules.Select(a => (JsonNode?)a).ToArray()),
                    ["source"] = e.SourceFile,
                }).ToArray());
                context.Out.WriteLine(new JsonObject { ["experts"] = array }.ToJsonString(JsonWeb.Report));
            }
            else
            {
                foreach (var e in catalog.Experts)
                {
                    context.Out.WriteLine($"{e.Id,-14} {e.Model.Profile,-14} {e.Description.ReplaceLineEndings(" ").Trim()}");
                }
            }

            return Task.FromResult(ExitCodes.Success);
        }, ct));
        return command;
    }

    private static Command Validate(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Expert files or folders (default: the built-ins and the repo's experts/)", Arity = ArgumentArity.ZeroOrMore };
        var repo = new Option<string>("--repo", "-C") { Description = "Repository whose experts/ folder to validate", DefaultValueFactory = _ => "." };
        var format = FormatOption();
        var command = new Command("validate", "Check expert files; every problem with its line, exit 2 when any") { paths, repo, format };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(context, _ =>
        {
            var files = Files(parse.GetValue(paths) ?? [], parse.GetValue(repo)!);
            var errors = new List<ExpertFileError>();
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var vocabulary = ExpertVocabularies.Create();
            foreach (var (name, text) in files)
            {
                var (expert, problems) = ExpertLoader.Load(name, text, vocabulary);
                errors.AddRange(problems);
                if (expert is not null && ids.TryGetValue(expert.Id, out var other) && !other.StartsWith("built-in/", StringComparison.Ordinal))
                {
                    errors.Add(new ExpertFileError(name, 1, $"id '{expert.Id}' is also defined in {other}"));
                }

                if (expert is not null)
                {
                    ids[expert.Id] = name;
                }
            }

            if (parse.GetValue(format) == "json")
            {
                var node = new JsonObject
                {
                    ["valid"] = errors.Count == 0,
                    ["files"] = files.Count,
                    ["errors"] = new JsonArray(errors.Select(e => (JsonNode?)new JsonObject { ["file"] = e.File, ["line"] = e.Line, ["message"] = e.Message }).ToArray()),
                };
                context.Out.WriteLine(node.ToJsonString(JsonWeb.Report));
            }
            else
            {
                // Problems go to stderr like every other bad-input line; the verdict stays on stdout.
                errors.ForEach(e => context.Error.WriteLine(e.ToString()));
                context.Out.WriteLine(errors.Count == 0 ? $"{files.Count} expert files valid" : $"{Plural.Of(errors.Count, "problem")} in {errors.Select(e => e.File).Distinct().Count()} of {files.Count} files");
            }

            return Task.FromResult(errors.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidInput);
        }, ct));
        return command;
    }

    private static List<(string Name, string Text)> Files(string[] paths, string repo)
    {
        if (paths.Length == 0)
        {
            var folder = Path.Combine(ReviewSession.RepoRoot(new ReviewRequest { Repo = repo }), "experts");
            var builtIn = ExpertSources.BuiltIn().Select(b => ("built-in/" + b.Name, b.Text));
            return builtIn.Concat(Directory.Exists(folder) ? Read(Directory.EnumerateFiles(folder).Where(ExpertSources.IsYaml)) : []).ToList();
        }

        return Read(paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Where(ExpertSources.IsYaml) : [p])).ToList();
    }

    private static IEnumerable<(string, string)> Read(IEnumerable<string> files) =>
        files.Order(StringComparer.Ordinal).Select(f => (Path.GetRelativePath(".", f), File.ReadAllText(f)));
}
