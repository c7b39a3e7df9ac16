using CoeReview.Core.Diff;
using CoeReview.Core.Experts;
using CoeReview.Core.Findings;
using CoeReview.Core.Pipeline;
using CoeReview.Remote.Config;
using CoeReview.Remote.Tests.Fakes;
using CoeReview.Testing;

namespace CoeReview.Remote.Tests;

/// <summary>The built-in experts, a small C# change and a backend pointed at a fake server.</summary>
internal static class Fixture
{
    public const string RepoPath = "src/Users/UserRepo.cs";

    public const string RepoText = """
        using System.Data.SqlClient;

        namespace Shop.Users;

        public sealed class UserRepo
        {
            public User? Find(string name)
            {
                using var conn = Open();
                var sql = "SELECT * FROM Users WHERE Name = '" + name + "'";
                using var cmd = new SqlCommand(sql, conn);
                return Read(cmd);
            }

            public int Count()
            {
                using var conn = Open();
                return Scalar(conn, "SELECT COUNT(*) FROM Users");
            }
        }
        """;

    private static readonly Lazy<ExpertCatalog> s_catalog = new(() => ExpertSources.Load(null).Catalog);

    public static ExpertDefinition Expert(string id) => s_catalog.Value.Find(id)!;

    /// <summary>Lines 10–11 of <see cref="RepoText"/> added: one hunk, lines 7–14.</summary>
    public static DiffSet RepoDiff(bool withTree = true) =>
        TestDiffs.Set(TestDiffs.Modified(RepoPath, RepoText, 10, 11), new Dictionary<string, string> { [RepoPath] = RepoText }, withTree);

    /// <summary>Every hunk of every file routed to the expert.</summary>
    public static ExpertWork Work(DiffSet diff, string expert = "security") =>
        new(Expert(expert), diff.Files.SelectMany(f => f.Hunks.Select((_, i) => new ExpertTask(Expert(expert), f, i))).ToList(), diff);

    public static RemoteOptions Options(Uri endpoint, int concurrency = 4, double timeoutSeconds = 5, int retries = 3) => new()
    {
        Defaults = new RemoteExpertOptions { Endpoint = endpoint.AbsoluteUri, Model = "test-model", Concurrency = concurrency, TimeoutSeconds = timeoutSeconds },
        MaxRetries = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromSeconds(3),
    };

    /// <summary>A backend on the options whose experts get <paramref name="analysis"/> as the analysis stage would hand it.</summary>
    public static ExpertHarness Backend(RemoteOptions options, IReadOnlyDictionary<string, string>? environment = null, params Finding[] analysis) =>
        new(new RemoteBackend(options, name => environment?.GetValueOrDefault(name)), analysis);

    public static Finding SqlFinding(int line = 10) =>
        TestFindings.Analysis("COE-SEC-001", "sql-injection", Severity.Error, RepoPath, line, "SQL built by concatenating input.");
}
