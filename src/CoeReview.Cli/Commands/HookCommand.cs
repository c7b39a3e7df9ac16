using System.CommandLine;

namespace CoeReview.Cli.Commands;

/// <summary><c>coe-review hook install|uninstall|pre-push</c>: the git pre-push hook (see <see cref="HookRunner"/>).</summary>
internal static class HookCommand
{
    public static Command Create(CliContext context)
    {
        var hook = new Command("hook", "Install, uninstall or run the git pre-push hook");

        var installRepo = RepoOption();
        var command = new Option<string?>("--command") { Description = "What the hook runs (default: this coe-review)" };
        var install = new Command("install", "Write .git/hooks/pre-push (an existing hook is kept and runs first)") { installRepo, command };
        install.SetAction((parse, ct) => CommandGuard.RunAsync(context, _ => Task.FromResult(HookRunner.Install(parse.GetValue(installRepo)!, parse.GetValue(command), context)), ct));

        var uninstallRepo = RepoOption();
        var uninstall = new Command("uninstall", "Remove coe-review's pre-push hook (restores a hook it had kept)") { uninstallRepo };
        uninstall.SetAction((parse, ct) => CommandGuard.RunAsync(context, _ => Task.FromResult(HookRunner.Uninstall(parse.GetValue(uninstallRepo)!, context)), ct));

        var review = new ReviewOptionSet(withOutput: false);
        var remote = new Argument<string>("remote") { Description = "The remote's name (git's first hook argument)" };
        var url = new Argument<string?>("url") { Description = "The URL pushed to (git's second hook argument)", Arity = ArgumentArity.ZeroOrOne };
        var prePush = new Command("pre-push", "What the installed hook runs: reviews the commits being pushed (git writes them to stdin)") { remote, url };
        review.AddTo(prePush);
        prePush.SetAction((parse, ct) => CommandGuard.RunAsync(context, t => HookRunner.PrePushAsync(review.Read(parse), parse.GetValue(remote)!, parse.GetValue(url), context, t), ct));

        hook.Subcommands.Add(install);
        hook.Subcommands.Add(uninstall);
        hook.Subcommands.Add(prePush);
        return hook;
    }

    private static Option<string> RepoOption() => new("--repo", "-C") { Description = "Repository", DefaultValueFactory = _ => "." };
}
