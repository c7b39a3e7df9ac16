using System.Text.Json.Nodes;
using CoeReview.Testing;

namespace CoeReview.Cli.Tests;

/// <summary>
/// Issue #13.15: adding one expert file made "security skipped: no hunk routed to this expert" on a
/// diff with a planted SQL injection. These run the real analysis on a compiling project.
/// </summary>
public sealed class CustomExpertRoutingTests
{
    // A logging expert as a user writes one: every C# file, three keywords, three examples.
    private const string LoggingExpert = """
        id: logging
        description: Logging in changed C# code, log levels, structured logging templates and log messages.
        routing:
          paths: ["**/*.cs"]
          keywords: [_logger, Log, ILogger]
          examples:
            - '_logger.LogInformation("Order {OrderId} shipped", order.Id);'
            - 'logger.LogError(ex, "Could not save the user");'
            - 'private readonly ILogger<OrderService> _logger;'
        model:
          profile: llama-3.2-1b

        """;

    private const string Before = """
        using System;
        using System.Data.Common;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.Logging;

        namespace App.Data;

        public sealed class UserQueries(ILogger<UserQueries> logger, DbConnection connection, IHttpContextAccessor accessor)
        {
            public object? FindUser()
            {
                var request = accessor.HttpContext!.Request;
                logger.LogInformation("Looking up a user");
                var sql = "select name from users where id = @id";
        // PLANT
                var timeout = 30;
                var label = "users";
                logger.LogDebug("Timeout {Timeout}, label {Label}", timeout, label);

                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.CommandTimeout = timeout;
                return command.ExecuteScalar();
            }
        }

        """;

    // The query string's region is concatenated into the SQL; the command that runs it is unchanged
    // and out of the hunk, so the analysis reports it on a line the hunk does not hold.
    private const string Planted = """
                var zone = TimeZoneInfo.FindSystemTimeZoneById(request.Query["zone"]!);
                var since = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(-7), zone);
                sql = sql + " and seen > '" + since.ToString("o") + "' and region = '" + request.Query["region"] + "'";

        """;

    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_planted_sql_injection_still_goes_to_security_after_a_logging_expert_is_added()
    {
        // Given a web project with a query built from the request, and the user's logging expert
        using var repo = new TempGitRepo();
        repo.Write("App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n");
        repo.Write("Data/UserQueries.cs", Before.Replace("// PLANT\n", "\n", StringComparison.Ordinal));
        repo.Write("experts/logging.yml", LoggingExpert);
        repo.Commit("base");
        repo.Write("Data/UserQueries.cs", Before.Replace("// PLANT\n", Planted, StringComparison.Ordinal));

        // When the change is routed and reviewed with the real analysis
        var (routeExit, route, _) = await CliHarness.RunAsync(["route", "--repo", repo.Root, "--format", "json"], fakeEngine: false);
        var (_, review, _) = await CliHarness.RunAsync(["review", "--repo", repo.Root, "--format", "json", "--fail-level", "none"], fakeEngine: false);

        // Then security reviews the hunk next to the new expert instead of being skipped
        Assert.Equal(ExitCodes.Success, routeExit);
        var hunk = Assert.Single(JsonNode.Parse(route)!["routing"]!.AsArray(), h => (string?)h!["path"] == "Data/UserQueries.cs")!;
        var experts = hunk["experts"]!.AsArray().Select(e => (string?)e).ToList();
        Assert.Contains("security", experts);
        Assert.Contains("logging", experts);
        var security = Assert.Single(JsonNode.Parse(review)!["experts"]!.AsArray(), e => (string?)e!["id"] == "security")!;
        Assert.Equal("ok", (string?)security["status"]);
        Assert.Equal(1, (int?)security["tasks"]);
    }
}
