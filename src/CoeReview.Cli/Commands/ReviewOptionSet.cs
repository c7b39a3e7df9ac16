using System.CommandLine;

namespace CoeReview.Cli.Commands;

/// <summary>The options review, route and pr share; adds them to a command and reads them back.</summary>
public sealed class ReviewOptionSet
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

    public Option<string> Format { get; } = new("--format") { Description = "text, json, markdown or sarif", DefaultValueFactory = _ => "text" };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the report to this file instead of stdout" };

    public Option<string?> FailLevel { get; } = new("--fail-level") { Description = "none, note, warning or error (default error)" };

    public ReviewOptionSet(bool withOutput = true, params string[] formats)
    {
        Backend.AcceptOnlyFromAmong("rdu-sim", "remote");
        Filter.AcceptOnlyFromAmong(Core.Pipeline.FilterModes.Names.ToArray());
        Format.AcceptOnlyFromAmong(formats.Length > 0 ? formats : ["text", "json", "markdown", "sarif"]);
        FailLevel.AcceptOnlyFromAmong("none", "note", "warning", "error");
        WithOutput = withOutput;
    }

    private bool WithOutput { get; }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Repo, Base, Head, Staged, Diff, Backend, Config, Experts, Filter, Format, FailLevel })
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
            Backend = result.GetValue(Backend),
            Config = result.GetValue(Config),
            Experts = result.GetValue(Experts),
            Filter = result.GetValue(Filter),
            Format = result.GetValue(Format) ?? "text",
            Output = WithOutput ? result.GetValue(Output) : null,
            FailLevel = result.GetValue(FailLevel),
        };
    }
}
