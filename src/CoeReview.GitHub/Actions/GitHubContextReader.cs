using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CoeReview.GitHub.Actions;

/// <summary>
/// Reads GITHUB_REPOSITORY, GITHUB_EVENT_PATH, GITHUB_TOKEN, GITHUB_API_URL, GITHUB_STEP_SUMMARY,
/// GITHUB_OUTPUT and RUNNER_TEMP through an environment-reader delegate, options first.
/// See https://docs.github.com/actions/reference/variables-reference.
/// </summary>
public static partial class GitHubContextReader
{
    public const string DefaultApiUrl = "https://api.github.com";

    [GeneratedRegex(@"^refs/pull/(\d+)/")]
    private static partial Regex PullRef();

    /// <summary>Builds the context; throws <see cref="GitHubInputException"/> when the repository or PR number cannot be found.</summary>
    public static GitHubContext Read(GitHubContextOptions options, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        string? Env(string name) => environment(name) is { Length: > 0 } v ? v : null;

        var eventPath = options.EventPath ?? Env("GITHUB_EVENT_PATH");
        var payload = ReadEvent(eventPath);
        var repository = options.Repository ?? Env("GITHUB_REPOSITORY") ?? payload?.Repository
            ?? throw new GitHubInputException("no repository: set GITHUB_REPOSITORY or give --github-repo OWNER/NAME");
        var slash = repository.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == repository.Length - 1 || repository.IndexOf('/', slash + 1) >= 0)
        {
            throw new GitHubInputException($"repository '{repository}' is not OWNER/NAME");
        }

        var number = options.PullNumber ?? payload?.Number ?? FromRef(Env("GITHUB_REF"))
            ?? throw new GitHubInputException("no pull request number: run on a pull_request event or give --pr N");
        return new GitHubContext
        {
            ApiUrl = options.ApiUrl ?? Env("GITHUB_API_URL") ?? DefaultApiUrl,
            Owner = repository[..slash],
            Repo = repository[(slash + 1)..],
            PullNumber = number,
            Token = options.Token ?? Env("GITHUB_TOKEN") ?? Env("GH_TOKEN"),
            HeadSha = payload?.HeadSha,
            BaseSha = payload?.BaseSha,
            StepSummaryPath = options.StepSummaryPath ?? Env("GITHUB_STEP_SUMMARY"),
            OutputPath = options.OutputPath ?? Env("GITHUB_OUTPUT"),
            TempDirectory = Env("RUNNER_TEMP"),
        };
    }

    private static int? FromRef(string? gitRef)
    {
        var m = gitRef is null ? null : PullRef().Match(gitRef);
        return m is { Success: true } ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static EventPayload? ReadEvent(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var pr = Property(root, "pull_request");
            var number = Int(pr, "number") ?? Int(root, "number") ?? (Property(Property(root, "issue"), "pull_request") is not null ? Int(Property(root, "issue"), "number") : null);
            return new EventPayload(
                number,
                String(Property(root, "repository"), "full_name"),
                String(Property(pr, "head"), "sha"),
                String(Property(pr, "base"), "sha"));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            throw new GitHubInputException($"cannot read the event file {path}: {e.Message}", e);
        }
    }

    private static JsonElement? Property(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    private static int? Int(JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var i) ? i : null;

    private static string? String(JsonElement? element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    private sealed record EventPayload(int? Number, string? Repository, string? HeadSha, string? BaseSha);
}
