using System.CommandLine;

namespace CoeReview.Cli.Commands;

/// <summary>The options review, route and pr share; adds them to a command and reads them back.</summary>
internal sealed class ReviewOptionSet
{
    public Option<string> Repo { get; } = new("--repo", "-C") { Description = "Repository (or folder) to review", DefaultValueFactory = _ => "." };

    public Option<string?> Base { get; } = new("--base") { Description = "Review merge-base(BASE, head)..head" };

    public Option<string?> Head { get; } = new("--head") { Description = "Head of the range (default HEAD)" };

    public Option<bool> Staged { get; } = new("--staged") { Description = "Review only staged changes" };

    public Option<string?> Diff { get; } = new("--diff") { Description = "Review a unified diff file ('-' for stdin)" };

    public Option<string?> Backend { get; } = new("--backend") { Description = "CoE backend: rdu-sim (default, offline) or remote" };

    public Option<string?> Config { get; } = new("--config") { Description = "Config file (default: .coe-review.yml at the repo root)" };

    public Option<string?> Experts { get; } = new("--experts") { Description = "Comma-separated expert ids to run (default: all)" };

    public Option<string?> Filter { get; } = new("--filter") { Description = "added (default), diff_context, file or nofilter" };

    public Option<string> Format { get; } = new("--format") { DefaultValueFactory = _ => "text" };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the report to this file instead of stdout" };

    public Option<string?> FailLevel { get; } = new("--fail-level") { Description = "none, note, warning or error (default error)" };

    public ReviewOptionSet(bool withOutput = true, params string[] formats)
    {
        Backend.AcceptOnlyFromAmong("rdu-sim", "remote");
        Filter.AcceptOnlyFromAmong(Core.Pipeline.FilterModes.Names.ToArray());
        string[] accepted = formats.Length > 0 ? formats : ["text", "json", "markdown", "sarif"];
        Format.AcceptOnlyFromAmong(accepted);
        Format.Description = string.Join(", ", accepted[..^1]) + " or " + accepted[^1];
        FailLevel.AcceptOnlyFromAmong("none", "note", "warning", "error");
        WithOutput = withOutput;
    }

    private bool WithOutput { get; }

    /// <summary>False for commands that only route: they do not run a backend, filter or fail, so they do not offer those options.</summary>
    private bool Reviewing { get; init; } = true;

    /// <summary>The options of <c>route</c>: the diff, config and experts options, text or json, no backend, filter, fail level or output.</summary>
    public static ReviewOptionSet ForRoute() => new(false, "text", "json") { Reviewing = false };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Option[] all = Reviewing ? [Repo, Base, Head, Staged, Diff, Backend, Config, Experts, Filter, Format, FailLevel] : [Repo, Base, Head, Staged, Diff, Config, Experts, Format];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }

        if (WithOutput)
        {
            command.Options.Add(Output);
        }
    }

    public ReviewRequest Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ReviewRequest
        {
            Repo = result.GetValue(Repo) ?? ".",
            Base = result.GetValue(Base),
            Head = result.GetValue(Head),
            Staged = result.GetValue(Staged),
            Diff = result.GetValue(Diff),
            Backend = Reviewing ? result.GetValue(Backend) : null,
            Config = result.GetValue(Config),
            Experts = result.GetValue(Experts),
            Filter = Reviewing ? result.GetValue(Filter) : null,
            Format = result.GetValue(Format) ?? "text",
            Output = WithOutput ? result.GetValue(Output) : null,
            FailLevel = Reviewing ? result.GetValue(FailLevel) : null,
        };
    }
}
