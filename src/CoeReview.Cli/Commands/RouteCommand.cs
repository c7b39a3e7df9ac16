using System.CommandLine;
using System.Text.Json.Nodes;
using CoeReview.Cli.Composition;
using CoeReview.Cli.Reporting;
using CoeReview.Core.Pipeline;
using CoeReview.Core.Routing;

namespace CoeReview.Cli.Commands;

/// <summary><c>coe-review route</c>: which experts each hunk goes to, and with --explain why.</summary>
internal static class RouteCommand
{
    public static Command Create(CliContext context)
    {
        var options = ReviewOptionSet.ForRoute();
        var explain = new Option<bool>("--explain") { Description = "Show the signals and scores behind each choice" };
        var command = new Command("route", "Show how the router sends each hunk to experts");
        options.AddTo(command);
        command.Options.Add(explain);
        command.SetAction((parse, ct) => CommandGuard.RunAsync(context, async token =>
        {
            var request = options.Read(parse);
            var session = ReviewSession.Create(request, context);
            var diff = await session.Source.GetDiffAsync(token).ConfigureAwait(false);
            var analysis = new AnalysisStage(context.AnalysisEngines(session.Catalog, session.Options.Filter)).RunAsync(diff, session.Catalog, token);
            var hints = ReviewPipeline.HintsAsync(analysis, session.Catalog);
            var plan = await Routers.Create(session.Config, context.Environment).RouteAsync(diff, session.Catalog, hints, token).ConfigureAwait(false);
            if (request.Format == "json")
            {
                await context.Out.WriteLineAsync(ToJson(plan, parse.GetValue(explain)).ToJsonString(JsonWeb.Report)).ConfigureAwait(false);
            }
            else
            {
                WriteText(plan, parse.GetValue(explain), context.Out);
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static void WriteText(RoutingPlan plan, bool explain, TextWriter output)
    {
        if (plan.Decisions.Count == 0)
        {
            output.WriteLine("nothing to review");
            return;
        }

        foreach (var d in plan.Decisions)
        {
            var experts = d.Experts.Count == 0 ? "(no expert)" : string.Join(", ", d.Experts);
            output.WriteLine($"{d.Path} {d.Hunk} -> {experts}{(d.Fallback ? " (fallback)" : "")}");
            if (!explain)
            {
                continue;
            }

            foreach (var e in d.Experts)
            {
                output.WriteLine($"    {e,-12} {RuleRouter.Format(d.Scores.GetValueOrDefault(e))}  {d.Reasons.GetValueOrDefault(e, "")}");
            }
        }

        output.WriteLine($"{plan.Decisions.Count} hunks, {plan.PairCount} (hunk, expert) tasks, {(double)plan.PairCount / plan.Decisions.Count:0.00} experts per hunk");
    }

    private static JsonObject ToJson(RoutingPlan plan, bool explain) => new()
    {
        ["routing"] = new JsonArray(plan.Decisions.Select(d =>
        {
            var node = new JsonObject
            {
                ["path"] = d.Path,
                ["hunk"] = d.Hunk,
                ["experts"] = new JsonArray(d.Experts.Select(e => (JsonNode?)e).ToArray()),
                ["scores"] = new JsonObject(d.Scores.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value))),
                ["fallback"] = d.Fallback,
            };
            if (explain)
            {
                node["reasons"] = new JsonObject(d.Reasons.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)s.Value)));
            }

            return (JsonNode?)node;
        }).ToArray()),
        ["tasks"] = plan.PairCount,
    };
}
